package cn.insure.claims.claim.bulk;

import java.util.List;

import cn.insure.claims.claim.ClaimSubmission;
import cn.insure.claims.system.errors.ApiProblems;

/**
 * One claim of a bulk file as read: its row number (1 = first claim), the caller's reference and
 * the claim, or what made it unreadable.
 */
record BulkRow(int row, String externalReference, ClaimSubmission submission, List<ApiProblems.FieldError> errors) {

  static BulkRow readable(int row, String externalReference, ClaimSubmission submission) {
    return new BulkRow(row, externalReference, submission, List.of());
  }

  static BulkRow unreadable(int row, String externalReference, List<ApiProblems.FieldError> errors) {
    return new BulkRow(row, externalReference, null, List.copyOf(errors));
  }
}
