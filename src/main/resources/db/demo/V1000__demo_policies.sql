-- Demo policies (保单) for the demo profile only: every product line, Shenzhen and Zhuhai policies with
-- typhoon and flood cover for the catastrophe green channel, and the negative cases claim intake must refuse:
-- P-MED-2026-000004 and P-AUTO-2026-000005 lapsed (失效), P-ACC-2026-000003 and P-LIFE-2026-000004 cancelled
-- (已退保), P-MED-2025-000118 still ACTIVE in the register but ended 2025-12-31.
-- People, ID numbers (valid check character) and mobile numbers are made up.

-- 医疗险 · 深圳南山 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-MED-2026-000001', 'MEDICAL', '安心百万医疗险（2026版）', '王小明', '430104199003154139', '13826451937',
    '王小明', '430104199003154139', 1000000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE', '440305', TIMESTAMP '2025-12-20 10:15:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-MED-2026-000001', 'ILLNESS'),
    ('P-MED-2026-000001', 'ACCIDENT');

-- 医疗险 · 广州天河 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-MED-2026-000002', 'MEDICAL', '少儿住院医疗险', '李秀英', '44011119860722248X', '15920458836',
    '张若曦', '440106201704090267', 200000.00, 'CNY', DATE '2026-03-01', DATE '2027-02-28', 'ACTIVE', '440106', TIMESTAMP '2026-02-26 16:40:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-MED-2026-000002', 'ILLNESS'),
    ('P-MED-2026-000002', 'ACCIDENT');

-- 医疗险 · 上海浦东 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-MED-2026-000003', 'MEDICAL', '臻享高端医疗险', '陈建国', '310104197201185378', '13901762245',
    '陈建国', '310104197201185378', 2000000.00, 'CNY', DATE '2026-01-15', DATE '2027-01-14', 'ACTIVE', '310115', TIMESTAMP '2026-01-10 09:05:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-MED-2026-000003', 'ILLNESS'),
    ('P-MED-2026-000003', 'ACCIDENT');

-- 医疗险 · 北京朝阳 · LAPSED
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-MED-2026-000004', 'MEDICAL', '安心百万医疗险（2026版）', '刘婷', '130102199306041621', '18610457729',
    '刘婷', '130102199306041621', 600000.00, 'CNY', DATE '2026-02-01', DATE '2027-01-31', 'LAPSED', '110105', TIMESTAMP '2026-01-28 20:12:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-MED-2026-000004', 'ILLNESS'),
    ('P-MED-2026-000004', 'ACCIDENT');

-- 医疗险 · 成都武侯 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-MED-2026-000005', 'MEDICAL', '城市补充医疗险', '周杰', '510104198809273191', '13408061174',
    '周杰', '510104198809273191', 300000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE', '510107', TIMESTAMP '2025-12-15 11:30:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-MED-2026-000005', 'ILLNESS'),
    ('P-MED-2026-000005', 'ACCIDENT');

-- 医疗险 · 杭州西湖 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-MED-2025-000118', 'MEDICAL', '安心百万医疗险（2025版）', '赵丽华', '330102197902110847', '15868120394',
    '赵丽华', '330102197902110847', 500000.00, 'CNY', DATE '2025-01-01', DATE '2025-12-31', 'ACTIVE', '330106', TIMESTAMP '2024-12-18 14:22:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-MED-2025-000118', 'ILLNESS'),
    ('P-MED-2025-000118', 'ACCIDENT');

-- 意外险 · 珠海香洲 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-ACC-2026-000001', 'ACCIDENT', '综合意外伤害保险', '林志强', '44520219850830271X', '13726093358',
    '林志强', '44520219850830271X', 500000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE', '440402', TIMESTAMP '2025-12-29 15:48:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-ACC-2026-000001', 'ACCIDENT');

-- 意外险 · 深圳南山 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-ACC-2026-000002', 'ACCIDENT', '综合意外伤害保险', '黄海波', '420106199105130550', '18926571480',
    '黄海波', '420106199105130550', 500000.00, 'CNY', DATE '2026-02-15', DATE '2027-02-14', 'ACTIVE', '440305', TIMESTAMP '2026-02-14 10:02:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-ACC-2026-000002', 'ACCIDENT');

-- 意外险 · 上海浦东 · CANCELLED
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-ACC-2026-000003', 'ACCIDENT', '交通工具意外险', '孙悦', '320106199501204028', '13661870523',
    '孙悦', '320106199501204028', 500000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'CANCELLED', '310115', TIMESTAMP '2025-12-30 17:26:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-ACC-2026-000003', 'ACCIDENT');

-- 意外险 · 成都武侯 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-ACC-2026-000004', 'ACCIDENT', '骑手职业意外险', '吴磊', '500103199703051132', '15108293346',
    '吴磊', '500103199703051132', 500000.00, 'CNY', DATE '2026-04-01', DATE '2027-03-31', 'ACTIVE', '510107', TIMESTAMP '2026-03-31 08:45:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-ACC-2026-000004', 'ACCIDENT');

-- 意外险 · 杭州西湖 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-ACC-2026-000005', 'ACCIDENT', '学生平安意外险', '郑国华', '330106198007073357', '13957126408',
    '郑雨桐', '330106201209160488', 500000.00, 'CNY', DATE '2026-09-01', DATE '2027-08-31', 'ACTIVE', '330106', TIMESTAMP '2026-08-25 19:10:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-ACC-2026-000005', 'ACCIDENT');

-- 财产险 · 深圳南山 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-PRP-2026-000001', 'PROPERTY', '家庭财产综合保险', '何家豪', '441302198304192573', '13510926634',
    '何家豪', '441302198304192573', 1500000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE', '440305', TIMESTAMP '2025-12-22 13:37:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-PRP-2026-000001', 'FIRE'),
    ('P-PRP-2026-000001', 'THEFT'),
    ('P-PRP-2026-000001', 'TYPHOON'),
    ('P-PRP-2026-000001', 'FLOOD'),
    ('P-PRP-2026-000001', 'RAINSTORM');

-- 财产险 · 珠海香洲 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-PRP-2026-000002', 'PROPERTY', '家庭财产综合保险', '梁淑芬', '440803197608021288', '13631288457',
    '梁淑芬', '440803197608021288', 2000000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE', '440402', TIMESTAMP '2025-12-23 09:51:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-PRP-2026-000002', 'FIRE'),
    ('P-PRP-2026-000002', 'THEFT'),
    ('P-PRP-2026-000002', 'TYPHOON'),
    ('P-PRP-2026-000002', 'FLOOD'),
    ('P-PRP-2026-000002', 'RAINSTORM');

-- 财产险 · 深圳福田 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-PRP-2026-000003', 'PROPERTY', '商铺财产一切险', '罗文', '350203196906111733', '18688705512',
    '罗文', '350203196906111733', 3000000.00, 'CNY', DATE '2026-03-01', DATE '2027-02-28', 'ACTIVE', '440304', TIMESTAMP '2026-02-27 11:18:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-PRP-2026-000003', 'FIRE'),
    ('P-PRP-2026-000003', 'THEFT'),
    ('P-PRP-2026-000003', 'TYPHOON'),
    ('P-PRP-2026-000003', 'FLOOD'),
    ('P-PRP-2026-000003', 'RAINSTORM'),
    ('P-PRP-2026-000003', 'EARTHQUAKE');

-- 财产险 · 成都武侯 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-PRP-2026-000004', 'PROPERTY', '家庭财产综合保险', '徐明', '510107198702242917', '18200557063',
    '徐明', '510107198702242917', 1200000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE', '510107', TIMESTAMP '2025-12-19 16:03:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-PRP-2026-000004', 'FIRE'),
    ('P-PRP-2026-000004', 'THEFT'),
    ('P-PRP-2026-000004', 'EARTHQUAKE');

-- 财产险 · 北京朝阳 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-PRP-2026-000005', 'PROPERTY', '高端住宅财产险', '高云', '11010819750930364X', '13801069925',
    '高云', '11010819750930364X', 5000000.00, 'CNY', DATE '2026-05-01', DATE '2027-04-30', 'ACTIVE', '110105', TIMESTAMP '2026-04-28 10:40:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-PRP-2026-000005', 'FIRE'),
    ('P-PRP-2026-000005', 'THEFT'),
    ('P-PRP-2026-000005', 'RAINSTORM');

-- 财产险 · 广州天河 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-PRP-2026-000006', 'PROPERTY', '家庭财产基本险', '谢宇', '360102199201170366', '15011876240',
    '谢宇', '360102199201170366', 1000000.00, 'CNY', DATE '2026-01-01', DATE '2026-12-31', 'ACTIVE', '440106', TIMESTAMP '2025-12-26 21:14:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-PRP-2026-000006', 'FIRE'),
    ('P-PRP-2026-000006', 'THEFT'),
    ('P-PRP-2026-000006', 'TYPHOON'),
    ('P-PRP-2026-000006', 'RAINSTORM');

-- 车险 · 深圳南山 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-AUTO-2026-000001', 'AUTO', '机动车商业保险（车损险）', '张建华', '410105198203081956', '13923807716',
    '张建华', '410105198203081956', 350000.00, 'CNY', DATE '2026-01-10', DATE '2027-01-09', 'ACTIVE', '440305', TIMESTAMP '2026-01-08 14:55:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-AUTO-2026-000001', 'COLLISION'),
    ('P-AUTO-2026-000001', 'THEFT'),
    ('P-AUTO-2026-000001', 'TYPHOON'),
    ('P-AUTO-2026-000001', 'FLOOD'),
    ('P-AUTO-2026-000001', 'RAINSTORM');

-- 车险 · 珠海香洲 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-AUTO-2026-000002', 'AUTO', '机动车商业保险（车损险）', '邓丽', '440402198906252267', '15016354489',
    '邓丽', '440402198906252267', 420000.00, 'CNY', DATE '2026-02-01', DATE '2027-01-31', 'ACTIVE', '440402', TIMESTAMP '2026-01-30 10:27:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-AUTO-2026-000002', 'COLLISION'),
    ('P-AUTO-2026-000002', 'THEFT'),
    ('P-AUTO-2026-000002', 'TYPHOON'),
    ('P-AUTO-2026-000002', 'FLOOD'),
    ('P-AUTO-2026-000002', 'RAINSTORM');

-- 车险 · 北京朝阳 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-AUTO-2026-000003', 'AUTO', '机动车商业保险（车损险）', '马超', '370102197801144519', '18501237784',
    '马超', '370102197801144519', 1500000.00, 'CNY', DATE '2026-03-15', DATE '2027-03-14', 'ACTIVE', '110105', TIMESTAMP '2026-03-13 15:09:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-AUTO-2026-000003', 'COLLISION'),
    ('P-AUTO-2026-000003', 'THEFT'),
    ('P-AUTO-2026-000003', 'FLOOD'),
    ('P-AUTO-2026-000003', 'RAINSTORM');

-- 车险 · 杭州西湖 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-AUTO-2026-000004', 'AUTO', '机动车商业保险（车损险）', '朱红', '330102198405030621', '13868041137',
    '朱红', '330102198405030621', 600000.00, 'CNY', DATE '2026-06-01', DATE '2027-05-31', 'ACTIVE', '330106', TIMESTAMP '2026-05-29 09:33:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-AUTO-2026-000004', 'COLLISION'),
    ('P-AUTO-2026-000004', 'THEFT');

-- 车险 · 成都武侯 · LAPSED
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-AUTO-2026-000005', 'AUTO', '机动车商业保险（车损险）', '胡斌', '510104198109223177', '18080146652',
    '胡斌', '510104198109223177', 300000.00, 'CNY', DATE '2026-01-20', DATE '2027-01-19', 'LAPSED', '510107', TIMESTAMP '2026-01-18 18:41:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-AUTO-2026-000005', 'COLLISION'),
    ('P-AUTO-2026-000005', 'THEFT'),
    ('P-AUTO-2026-000005', 'FLOOD'),
    ('P-AUTO-2026-000005', 'RAINSTORM');

-- 寿险 · 上海浦东 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-LIFE-2026-000001', 'LIFE', '定期寿险（20年期）', '王建军', '310115198008112795', '13764580219',
    '王建军', '310115198008112795', 1000000.00, 'CNY', DATE '2026-01-01', DATE '2045-12-31', 'ACTIVE', '310115', TIMESTAMP '2025-12-12 10:06:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-LIFE-2026-000001', 'ILLNESS'),
    ('P-LIFE-2026-000001', 'ACCIDENT');

-- 寿险 · 广州天河 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-LIFE-2026-000002', 'LIFE', '终身寿险', '陈美玲', '440106198204061422', '13826078391',
    '李国强', '420106197902233537', 3000000.00, 'CNY', DATE '2026-02-10', DATE '2084-02-22', 'ACTIVE', '440106', TIMESTAMP '2026-02-05 15:30:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-LIFE-2026-000002', 'ILLNESS'),
    ('P-LIFE-2026-000002', 'ACCIDENT');

-- 寿险 · 杭州西湖 · ACTIVE
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-LIFE-2026-000003', 'LIFE', '定期寿险（20年期）', '杨帆', '330106199407284182', '15957183062',
    '杨帆', '330106199407284182', 500000.00, 'CNY', DATE '2026-05-01', DATE '2046-04-30', 'ACTIVE', '330106', TIMESTAMP '2026-04-24 11:52:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-LIFE-2026-000003', 'ILLNESS'),
    ('P-LIFE-2026-000003', 'ACCIDENT');

-- 寿险 · 深圳南山 · CANCELLED
INSERT INTO policy (policy_number, product_line, product_name, holder_name, holder_id_number, holder_phone,
    insured_name, insured_id_number, sum_insured, currency, valid_from, valid_to, status, region_code, created_at)
VALUES ('P-LIFE-2026-000004', 'LIFE', '增额终身寿险', '许静', '441302198701182061', '18923460975',
    '许静', '441302198701182061', 2000000.00, 'CNY', DATE '2026-03-01', DATE '2092-01-17', 'CANCELLED', '440305', TIMESTAMP '2026-02-20 14:17:00');
INSERT INTO policy_covered_peril (policy_number, peril) VALUES
    ('P-LIFE-2026-000004', 'ILLNESS'),
    ('P-LIFE-2026-000004', 'ACCIDENT');

