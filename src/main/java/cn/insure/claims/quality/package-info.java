/**
 * Findings that get fixed: rectification of spot-check findings ({@link cn.insure.claims.quality.Rectifications},
 * verified by a quality inspector who did not raise them) and corrective actions of the monthly
 * complaint cause analysis ({@link cn.insure.claims.quality.CorrectiveActions}), each with an owner,
 * a deadline and a check of its effect one period later. The engine side is {@code quality.process}.
 */
package cn.insure.claims.quality;
