/* test-myers.c: Myers' difference algorithm (src/diff/plx-myers.c), alone
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The word diff builds on this: if its marks are not a shortest edit
 * script, rows show changes that are not there.
 */

#include <string.h>

#include "plx-myers.h"
#include "plx-test-util.h"

typedef struct
{
  const char *a;
  const char *b;
  guint       distance;  /* deletions plus insertions of a shortest script */
  const char *a_marks;   /* the marks when only one script is shortest */
  const char *b_marks;
} Case;

static const Case cases[] = {
  { "", "", 0, "", "" },
  { "abc", "abc", 0, "...", "..." },
  { "abc", "", 3, "xxx", "" },
  { "", "xyz", 3, "", "xxx" },
  { "abc", "xyz", 6, "xxx", "xxx" },
  { "abcd", "abxd", 2, "..x.", "..x." },
  { "abcd", "abd", 1, "..x.", "..." },
  { "abd", "abcd", 1, "...", "..x." },
  { "xabc", "abc", 1, "x...", "..." },
  { "abc", "abcx", 1, "...", "...x" },
  /* The example of Myers' paper: D = 5, several shortest scripts. */
  { "abcabba", "cbabac", 5, NULL, NULL },
  { "kitten", "sitting", 5, NULL, NULL },
  { "the cat sat on the mat", "the cat sat on a mat", 4, NULL, NULL },
};

/* Runs the algorithm on two strings, one element a byte. */
static void
mark (const char *a,
      const char *b,
      guint8     *a_changed,
      guint8     *b_changed)
{
  gssize n = strlen (a), nb = strlen (b);
  g_autofree guint *ia = g_new0 (guint, n + 1);
  g_autofree guint *ib = g_new0 (guint, nb + 1);

  for (gssize i = 0; i < n; i++)
    ia[i] = (guchar) a[i];
  for (gssize j = 0; j < nb; j++)
    ib[j] = (guchar) b[j];
  memset (a_changed, 0, n);
  memset (b_changed, 0, nb);
  plx_myers_mark (ia, n, ib, nb, a_changed, b_changed);
}

/* What is left unmarked on both sides must be the same sequence: a
 * common subsequence, so that the marks are an edit script. */
static void
assert_common (const char   *a,
               const guint8 *a_changed,
               const char   *b,
               const guint8 *b_changed)
{
  g_autoptr(GString) kept_a = g_string_new (NULL);
  g_autoptr(GString) kept_b = g_string_new (NULL);

  for (gsize i = 0; a[i] != '\0'; i++)
    if (!a_changed[i])
      g_string_append_c (kept_a, a[i]);
  for (gsize j = 0; b[j] != '\0'; j++)
    if (!b_changed[j])
      g_string_append_c (kept_b, b[j]);
  g_assert_cmpstr (kept_a->str, ==, kept_b->str);
}

static guint
count_marks (const guint8 *changed,
             gsize         n)
{
  guint count = 0;

  for (gsize i = 0; i < n; i++)
    count += changed[i] != 0;

  return count;
}

static char *
marks_string (const guint8 *changed,
              gsize         n)
{
  char *s = g_malloc (n + 1);

  for (gsize i = 0; i < n; i++)
    s[i] = changed[i] ? 'x' : '.';
  s[n] = '\0';

  return s;
}

/* The length of a longest common subsequence, by dynamic programming:
 * slow, but plainly right. */
static guint
lcs_length (const char *a,
            const char *b)
{
  gsize n = strlen (a), nb = strlen (b);
  g_autofree guint *row = g_new0 (guint, nb + 1);

  for (gsize i = 1; i <= n; i++)
    {
      guint diagonal = 0;

      for (gsize j = 1; j <= nb; j++)
        {
          guint above = row[j];

          row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : MAX (row[j], row[j - 1]);
          diagonal = above;
        }
    }

  return row[nb];
}

static void
test_table (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const Case *test = &cases[c];
      gsize n = strlen (test->a), nb = strlen (test->b);
      g_autofree guint8 *a_changed = g_malloc0 (n + 1);
      g_autofree guint8 *b_changed = g_malloc0 (nb + 1);

      g_test_message ("“%s” → “%s”", test->a, test->b);
      mark (test->a, test->b, a_changed, b_changed);
      assert_common (test->a, a_changed, test->b, b_changed);
      g_assert_cmpuint (count_marks (a_changed, n) + count_marks (b_changed, nb), ==, test->distance);
      if (test->a_marks != NULL)
        {
          g_autofree char *a_marks = marks_string (a_changed, n);
          g_autofree char *b_marks = marks_string (b_changed, nb);

          g_assert_cmpstr (a_marks, ==, test->a_marks);
          g_assert_cmpstr (b_marks, ==, test->b_marks);
        }
    }
}

/* Short random strings over three letters, where a diff has the most
 * choices: every script is shortest (the lengths less twice the longest
 * common subsequence). */
static void
test_random_shortest (void)
{
  for (guint round = 0; round < 2000; round++)
    {
      char a[24], b[24];
      gsize n = g_test_rand_int_range (0, sizeof a);
      gsize nb = g_test_rand_int_range (0, sizeof b);
      guint8 a_changed[24], b_changed[24];

      for (gsize i = 0; i < n; i++)
        a[i] = 'a' + g_test_rand_int_range (0, 3);
      for (gsize j = 0; j < nb; j++)
        b[j] = 'a' + g_test_rand_int_range (0, 3);
      a[n] = b[nb] = '\0';

      mark (a, b, a_changed, b_changed);
      assert_common (a, a_changed, b, b_changed);
      g_assert_cmpuint (count_marks (a_changed, n) + count_marks (b_changed, nb), ==,
                        n + nb - 2 * lcs_length (a, b));
    }
}

/* Two long unrelated inputs pass the cost limit: the script is still an
 * edit script, found without the quadratic search. */
static void
test_unrelated_long (void)
{
  gsize n = 20000;
  g_autofree char *a = g_malloc (n + 1);
  g_autofree char *b = g_malloc (n + 1);
  g_autofree guint8 *a_changed = g_malloc0 (n + 1);
  g_autofree guint8 *b_changed = g_malloc0 (n + 1);

  for (gsize i = 0; i < n; i++)
    {
      a[i] = 'a' + g_test_rand_int_range (0, 20);
      b[i] = 'a' + g_test_rand_int_range (0, 20);
    }
  a[n] = b[n] = '\0';

  mark (a, b, a_changed, b_changed);
  assert_common (a, a_changed, b, b_changed);
  /* Equal lengths: as many deletions as insertions. */
  g_assert_cmpuint (count_marks (a_changed, n), ==, count_marks (b_changed, n));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myers/table", test_table);
  g_test_add_func ("/myers/random-shortest", test_random_shortest);
  g_test_add_func ("/myers/unrelated-long", test_unrelated_long);

  return g_test_run ();
}
