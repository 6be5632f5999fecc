/**
 * Service quality and regulatory reporting (服务质量与监管报表): the indicators of the service-quality
 * evaluation, the statutory clocks the regulator checks with their breaches, and the monthly staff
 * appraisal, per month or quarter with period boundaries in {@code reports.zone} (Asia/Shanghai).
 * Read from the business tables and the engine's task history; nothing here writes a case.
 *
 * <p>Public face: {@link cn.insure.claims.reporting.ServiceQualityReports},
 * {@link cn.insure.claims.reporting.StaffAppraisalReport},
 * {@code /api/reports/*} (JSON, CSV, XLSX) and the Cockpit dashboard's data under
 * {@code /cockpit-reports/*}; the quarterly evaluation process is in {@code .process}.
 */
package cn.insure.claims.reporting;
