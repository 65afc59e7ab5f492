/* plx-normalise.c: one spelling for text that means the same
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-tokens.h"

/* Outlets type the same words differently: ligatures and full-width
 * digits from PDFs and wire copy, curly or straight quotes, hyphens,
 * en dashes or minus signs, non-breaking or doubled spaces, soft
 * hyphens and zero-width joiners. None of that is a difference a
 * reader cares about, so the comparison works on one spelling:
 *
 *  1. Unicode NFKC ("ﬁ" -> "fi", "５" -> "5", no-break space -> space);
 *  2. case folding ("Straße" -> "strasse");
 *  3. every double quotation mark becomes ", every single one or
 *     apostrophe ', every hyphen, dash or minus -;
 *  4. invisible format characters (soft hyphen, zero-width space and
 *     joiners, direction marks) are dropped; runs of white space become
 *     one space, with none at either end. */

static gunichar
unify_mark (gunichar c)
{
  switch (c)
    {
    case 0x00AB: case 0x00BB:                 /* « » */
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x301D: case 0x301E: case 0x301F:
      return '"';

    case 0x0060:                              /* ` */
    case 0x02BC:                              /* modifier apostrophe */
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2039: case 0x203A:                 /* ‹ › */
      return '\'';

    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2043: case 0x2212: case 0xFE58: case 0xFE63:
      return '-';

    default:
      return c;
    }
}

static void
append_unified (GString    *out,
                const char *folded)
{
  gboolean pending_space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, unify_mark (c));
    }
}

/**
 * plx_text_opening:
 * @text: UTF-8 text
 * @n_chars: how many characters at most
 *
 * Returns: (transfer full): the first @n_chars characters of @text, with
 *   "…" after them when @text is longer: how a message quotes a sentence
 */
char *
plx_text_opening (const char *text,
                  glong       n_chars)
{
  g_autofree char *head = NULL;
  const char *end = text;

  for (glong i = 0; i < n_chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  if (*end == '\0')
    return g_strdup (text);

  head = g_strndup (text, end - text);

  return g_strconcat (head, "…", NULL);
}

/**
 * plx_normalise_text:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if it ends with a NUL
 *
 * The spelling Parallax compares: NFKC, case-folded, quotation marks,
 * apostrophes and dashes unified, white space collapsed. Invalid UTF-8
 * is repaired first.
 *
 * Returns: (transfer full): the normalised text
 */
char *
plx_normalise_text (const char *text,
                    gssize      length)
{
  g_autofree char *valid = NULL;
  g_autofree char *nfkc = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = (gssize) strlen (text);
  if (length == 0)
    return g_strdup ("");
  if (!g_utf8_validate (text, length, NULL))
    {
      valid = g_utf8_make_valid (text, length);
      text = valid;
      length = -1;
    }
  nfkc = g_utf8_normalize (text, length, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (nfkc, -1);

  out = g_string_sized_new (strlen (folded));
  append_unified (out, folded);

  return g_string_free (out, FALSE);
}
