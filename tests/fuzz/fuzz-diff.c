/* fuzz-diff.c: the tokenizer and the word diff of two sentences (the
 * input cut in two at its first NUL byte)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  plx_fuzz_init ();
  return 0;
}

static char *
part_text (GPtrArray *parts,
           guint      i)
{
  gsize length = 0;
  const char *data;

  if (i >= parts->len)
    return g_strdup ("");
  data = g_bytes_get_data (g_ptr_array_index (parts, i), &length);

  /* Sentences come from the decoder: valid UTF-8, no NUL. */
  return g_utf8_make_valid (data != NULL ? data : "", length);
}

/* The hunks tile both token sequences, in order, and each operation
 * has the shape its name says. */
static void
check_hunks (GArray *hunks,
             guint   n_reference,
             guint   n_other)
{
  guint ref_at = 0;
  guint at = 0;

  for (guint i = 0; i < hunks->len; i++)
    {
      const PlxDiffHunk *hunk = &g_array_index (hunks, PlxDiffHunk, i);

      g_assert (hunk->ref_start == ref_at && hunk->start == at);
      g_assert (hunk->ref_start <= hunk->ref_end && hunk->start <= hunk->end);
      g_assert (hunk->text != NULL);
      plx_fuzz_check_string (hunk->text, FALSE);
      plx_fuzz_check_string (hunk->old, TRUE);
      g_assert (plx_diff_op_to_string (hunk->op) != NULL);
      g_assert (plx_diff_class_to_string (hunk->klass) != NULL);

      switch (hunk->op)
        {
        case PLX_DIFF_EQUAL:
          g_assert (hunk->ref_end - hunk->ref_start == hunk->end - hunk->start);
          break;
        case PLX_DIFF_INSERT:
          g_assert (hunk->ref_start == hunk->ref_end && hunk->start < hunk->end);
          break;
        case PLX_DIFF_DELETE:
          g_assert (hunk->start == hunk->end && hunk->ref_start < hunk->ref_end);
          g_assert (hunk->old != NULL);
          break;
        case PLX_DIFF_REPLACE:
          g_assert (hunk->old != NULL);
          break;
        default:
          g_assert_not_reached ();
        }

      ref_at = hunk->ref_end;
      at = hunk->end;
    }

  g_assert (ref_at == n_reference && at == n_other);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *language = plx_fuzz_pick_language (data, size);
  g_autoptr(GPtrArray) parts = plx_fuzz_split (data, size, 2);
  g_autofree char *reference = part_text (parts, 0);
  g_autofree char *other = part_text (parts, 1);
  g_autoptr(GArray) reference_tokens = plx_tokenize (reference, -1, language);
  g_autoptr(GArray) other_tokens = plx_tokenize (other, -1, language);
  g_autoptr(GArray) hunks = NULL;
  g_autoptr(GArray) same = NULL;

  /* plx_diff_sentences() is plx_tokenize() and plx_diff_tokens(): the
   * tokens made above serve both diffs, as the aligner's do. */
  hunks = plx_diff_tokens (reference, reference_tokens, other, other_tokens);
  check_hunks (hunks, reference_tokens->len, other_tokens->len);

  /* A sentence compared with itself has no change. */
  same = plx_diff_tokens (reference, reference_tokens, reference, reference_tokens);
  check_hunks (same, reference_tokens->len, reference_tokens->len);
  for (guint i = 0; i < same->len; i++)
    g_assert (g_array_index (same, PlxDiffHunk, i).op == PLX_DIFF_EQUAL);

  plx_diff_names_title (reference);

  return 0;
}
