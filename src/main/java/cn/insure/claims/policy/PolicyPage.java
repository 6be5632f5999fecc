package cn.insure.claims.policy;

import java.util.List;

/** One page of a listing of the register; {@code page} counts from 0. */
record PolicyPage(List<Policy> items, int page, int size, long totalItems) {

  int totalPages() {
    return (int) ((totalItems + size - 1) / size);
  }
}
