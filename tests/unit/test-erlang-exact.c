/* test-erlang-exact.c — Erlang B and C checked against exact integer maths
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For whole traffic A, Erlang B's recursion B_n = A·B_{n−1} ÷ (n + A·B_{n−1})
 * is, for its reciprocal, 1 ÷ B_n = 1 + (n ÷ A) ÷ B_{n−1}. Writing
 * 1 ÷ B_n = P_n ÷ A^n gives integers only:
 *
 *   P_0 = 1,   P_n = A^n + n · P_{n−1}
 *
 * and Erlang C = N·B ÷ (N − A + A·B), multiplied through by P_N:
 *
 *   C = N · A^N ÷ ((N − A) · P_N + A · A^N)
 *
 * exact in GMP integers (about 18,500 digits at A = 5,000); only the last
 * division is rounded, to a double. The engine's iterative doubles must
 * agree to 1e-12.
 */

#include <math.h>
#include <gmp.h>

#include "vb-staffing.h"

typedef struct {
  double b;
  double c;
} Exact;

static Exact
exact_erlang (unsigned long traffic,
              unsigned long agents)
{
  mpz_t power, p, num, den;
  mpq_t q;
  Exact out;

  mpz_inits (power, p, num, den, NULL);
  mpq_init (q);
  mpz_set_ui (power, 1);
  mpz_set_ui (p, 1);
  for (unsigned long n = 1; n <= agents; n++)
    {
      mpz_mul_ui (power, power, traffic);
      mpz_mul_ui (p, p, n);
      mpz_add (p, p, power);
    }
  /* B = A^N ÷ P_N */
  mpq_set_num (q, power);
  mpq_set_den (q, p);
  mpq_canonicalize (q);
  out.b = mpq_get_d (q);
  /* C = N·A^N ÷ ((N − A)·P_N + A·A^N), N > A */
  mpz_mul_ui (num, power, agents);
  mpz_mul_ui (den, p, agents - traffic);
  mpz_addmul_ui (den, power, traffic);
  mpq_set_num (q, num);
  mpq_set_den (q, den);
  mpq_canonicalize (q);
  out.c = mpq_get_d (q);
  mpz_clears (power, p, num, den, NULL);
  mpq_clear (q);
  return out;
}

static void
check (unsigned long traffic,
       unsigned long agents)
{
  Exact e = exact_erlang (traffic, agents);
  double b = vb_erlang_b (traffic, agents);
  double c = vb_erlang_c (traffic, agents);

  g_test_message ("A = %lu, N = %lu: B %.15g (exact %.15g), C %.15g (exact %.15g)",
                  traffic, agents, b, e.b, c, e.c);
  g_assert_cmpfloat (fabs (b - e.b), <=, 1e-12 * MAX (1.0, e.b));
  g_assert_cmpfloat (fabs (c - e.c), <=, 1e-12);
}

/* The engine's choice of N for 80 % in 20 s at AHT 180 s is the smallest N
 * whose service level 1 − C·e^(−(N − A)·20 ÷ 180), with the exact C, meets
 * 80 %: the exponential is not rational, the rest is exact */
static void
check_staffing (unsigned long traffic)
{
  VbErlangResult r;
  g_autoptr(GError) error = NULL;
  unsigned long n = traffic + 1;

  while (1.0 - exact_erlang (traffic, n).c * exp (-(double) (n - traffic) * 20.0 / 180.0) < 0.80)
    n++;
  /* traffic A over a half hour: A × 1800 ÷ 180 calls */
  g_assert_true (vb_erlang_staff (traffic * 10.0, 1800, 180, 80, 20, NAN, NAN, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r.agents, ==, n);
  g_assert_cmpfloat (fabs (r.wait_probability - exact_erlang (traffic, n).c), <=, 1e-12);
}

static void
test_exact_1000 (void)
{
  check (1000, 1001);
  check (1000, 1011);
  check (1000, 1100);
  check_staffing (1000);
}

static void
test_exact_5000 (void)
{
  check (5000, 5001);
  check (5000, 5013);
  check (5000, 5200);
  check_staffing (5000);
}

/* Small and middle sizes too, where a naive formula is still fine: the
 * DOMAIN.md check, 48 Erlangs and 55 agents, C ≈ 0.238701 */
static void
test_exact_small (void)
{
  check (48, 55);
  g_assert_cmpfloat (fabs (exact_erlang (48, 55).c - 0.238701), <=, 1e-6);
  check (1, 2);
  check (300, 320);
}

/* Traffic at or above capacity: everyone waits (C = 1), B still defined */
static void
test_above_capacity (void)
{
  g_assert_cmpfloat (vb_erlang_c (1000, 1000), ==, 1.0);
  g_assert_cmpfloat (vb_erlang_c (5000, 4000), ==, 1.0);
  g_assert_cmpfloat (fabs (vb_erlang_b (1000, 1000) - exact_erlang (1000, 1000).b), <=, 1e-12);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/erlang-exact/small", test_exact_small);
  g_test_add_func ("/erlang-exact/1000", test_exact_1000);
  g_test_add_func ("/erlang-exact/5000", test_exact_5000);
  g_test_add_func ("/erlang-exact/above-capacity", test_above_capacity);
  return g_test_run ();
}
