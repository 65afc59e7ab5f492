/* test-decode.c: how a corpus file's bytes become text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "parallax-core.h"

/* Byte strings below hold NULs, so their length is taken with sizeof. */
#define BYTES(s) (s), (sizeof (s) - 1)

/* Stands for a warning the decoder never set. */
static char not_set[] = "not set";

/* Decodes @data, which must succeed, and checks the result is UTF-8. */
static char *
decode_ok (const char  *data,
           gsize        length,
           char       **warning)
{
  g_autoptr(GError) error = NULL;
  char *text;

  *warning = not_set;
  text = plx_decode_text (data, length, warning, &error);
  g_assert_true (*warning != not_set);
  if (*warning == not_set)
    *warning = NULL;
  g_assert_no_error (error);
  g_assert_nonnull (text);
  if (text == NULL)
    return g_strdup ("");
  g_assert_true (g_utf8_validate (text, -1, NULL));

  return text;
}

/* Decodes @data, which must fail with @code and a message a user can read. */
static void
assert_decode_fails (const char *data,
                     gsize       length,
                     PlxError    code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  char *warning = not_set;

  text = plx_decode_text (data, length, &warning, &error);
  /* No text, so no warning about it either. */
  g_assert_null (warning);
  if (warning != not_set)
    g_free (warning);
  g_assert_null (text);
  g_assert_error (error, PLX_ERROR, code);
  if (error == NULL)
    return;
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 5);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  g_assert_nonnull (haystack);
  if (haystack != NULL && strstr (haystack, needle) == NULL)
    g_test_fail_printf ("\"%s\" does not contain \"%s\"", haystack, needle);
}

static void
test_plain_utf8 (void)
{
  const char *input = "Zürich, München and Delhi (दिल्ली) agreed. “Yes,” he said — 50 per cent.\n";
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (input, strlen (input), &warning);

  g_assert_cmpstr (text, ==, input);
  g_assert_null (warning);
}

static void
test_plain_ascii (void)
{
  const char *input = "Talks resumed on Tuesday.";
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (input, strlen (input), &warning);

  g_assert_cmpstr (text, ==, input);
  g_assert_null (warning);
}

static void
test_warning_optional (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* A caller that does not care about warnings passes NULL. */
  text = plx_decode_text (BYTES ("Caf\xe9"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Café");
}

static void
test_utf8_bom (void)
{
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES ("\xef\xbb\xbfHello, Zürich.\n"), &warning);

  /* The mark is dropped: sentence offsets must not count it. */
  g_assert_cmpstr (text, ==, "Hello, Zürich.\n");
  g_assert_null (warning);
}

static void
test_crlf_kept (void)
{
  const char input[] = "First line.\r\nSecond line, with “quotes”.\r\n\r\nThird.\r\n";
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES (input), &warning);

  /* Byte-exact: offsets into the text must match the file. */
  g_assert_cmpuint (strlen (text), ==, sizeof input - 1);
  g_assert_cmpmem (text, strlen (text), input, sizeof input - 1);
  g_assert_null (warning);
}

static void
test_crlf_after_bom_kept (void)
{
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES ("\xef\xbb\xbf" "One.\r\nTwo.\r\n"), &warning);

  g_assert_cmpstr (text, ==, "One.\r\nTwo.\r\n");
  g_assert_null (warning);
}

static void
test_utf16le_bom (void)
{
  /* "Hi é\r\n" and U+1F600 (a surrogate pair) */
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES ("\xff\xfe" "H\0i\0 \0\xe9\0\r\0\n\0" "=\xd8\0\xde"), &warning);

  g_assert_cmpstr (text, ==, "Hi é\r\n\xf0\x9f\x98\x80");
  assert_contains (warning, "UTF-16");
}

/* U+0000 in UTF-16 text decodes to a NUL byte, which ended the text
 * there: everything after it was lost without a word. */
static void
test_utf16_nul_keeps_the_rest (void)
{
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES ("\xff\xfe" "O\0n\0e\0.\0\0\0 \0T\0w\0o\0.\0"), &warning);

  g_assert_cmpstr (text, ==, "One. Two.");
  assert_contains (warning, "UTF-16");
}

static void
test_utf16be_bom (void)
{
  /* "Hi é" and "है" */
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES ("\xfe\xff" "\0H\0i\0 \0\xe9\0 \x09\x39\x09\x48"), &warning);

  g_assert_cmpstr (text, ==, "Hi é है");
  assert_contains (warning, "UTF-16");
}

static GString *
utf16_without_bom (const char *ascii,
                   gboolean    big_endian)
{
  GString *bytes = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (big_endian)
        g_string_append_c (bytes, '\0');
      g_string_append_c (bytes, *p);
      if (!big_endian)
        g_string_append_c (bytes, '\0');
    }

  return bytes;
}

static void
test_utf16le_without_bom (void)
{
  const char *input = "The minister met his counterpart.\r\nTalks continue.\r\n";
  g_autoptr(GString) bytes = utf16_without_bom (input, FALSE);
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (bytes->str, bytes->len, &warning);

  g_assert_cmpstr (text, ==, input);
  assert_contains (warning, "UTF-16");
}

static void
test_utf16be_without_bom (void)
{
  const char *input = "The minister met his counterpart.";
  g_autoptr(GString) bytes = utf16_without_bom (input, TRUE);
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (bytes->str, bytes->len, &warning);

  g_assert_cmpstr (text, ==, input);
  assert_contains (warning, "UTF-16");
}

static void
test_utf16_invalid (void)
{
  /* A lone high surrogate cannot be converted. */
  assert_decode_fails (BYTES ("\xff\xfe" "A\0\x00\xd8" "B\0C\0"), PLX_ERROR_ENCODING);
}

static void
test_windows_1252 (void)
{
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES ("Caf\xe9 \x93quoted\x94"), &warning);

  g_assert_cmpstr (text, ==, "Café “quoted”");
  assert_contains (warning, "Windows-1252");
}

static void
test_windows_1252_punctuation (void)
{
  g_autofree char *warning = NULL;
  g_autofree char *text = NULL;

  /* Euro sign, en dash, ellipsis and curly apostrophe live in 0x80-0x9F,
   * where ISO 8859-1 has only control characters. */
  text = decode_ok (BYTES ("\x80" "5 bn \x96 na\xefve r\xe9sum\xe9\x85 it\x92s done"), &warning);
  g_assert_cmpstr (text, ==, "€5 bn – naïve résumé… it’s done");
  assert_contains (warning, "Windows-1252");
}

static void
test_ascii_with_one_legacy_byte (void)
{
  g_autofree char *warning = NULL;
  g_autofree char *text = NULL;

  /* No multi-byte sequence at all: a legacy encoding, not broken UTF-8. */
  text = decode_ok (BYTES ("The deal is worth \x80" "2.5 billion, officials said."), &warning);
  g_assert_cmpstr (text, ==, "The deal is worth €2.5 billion, officials said.");
  assert_contains (warning, "Windows-1252");
}

static void
test_utf8_one_bad_byte (void)
{
  const char input[] = "Zürich und München sind Städte.\xff Ende.";
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES (input), &warning);
  g_autofree char *where = g_strdup_printf ("byte %d", (int) (strchr (input, '\xff') - input));

  /* The good UTF-8 is kept; only the bad byte is replaced. */
  g_assert_cmpstr (text, ==, "Zürich und München sind Städte.\xef\xbf\xbd Ende.");
  assert_contains (warning, where);
  assert_contains (warning, "UTF-8");
}

static void
test_utf8_bad_bytes_counted (void)
{
  const char input[] = "Grüße aus Köln: \x93Wir sind da\x94, sagte sie. Schöne Grüße.";
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES (input), &warning);
  g_autofree char *where = g_strdup_printf ("byte %d", (int) (strchr (input, '\x93') - input));

  g_assert_cmpstr (text, ==, "Grüße aus Köln: \xef\xbf\xbdWir sind da\xef\xbf\xbd, sagte sie. Schöne Grüße.");
  assert_contains (warning, where);
  assert_contains (warning, "2 bad bytes");
}

static void
test_utf8_bad_byte_offset_after_bom (void)
{
  const char input[] = "\xef\xbb\xbf" "Zürich und München sind Städte.\xff Ende.";
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES (input), &warning);
  g_autofree char *where = g_strdup_printf ("byte %d", (int) (strchr (input, '\xff') - input));

  /* The user looks for the byte in the file, where the mark counts. */
  g_assert_cmpstr (text, ==, "Zürich und München sind Städte.\xef\xbf\xbd Ende.");
  assert_contains (warning, where);
}

static void
test_binary_png (void)
{
  static const char header[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
  g_autofree char *data = g_malloc0 (4096);

  memcpy (data, header, sizeof header - 1);
  for (gsize i = 64; i < 4096; i += 7)
    data[i] = (char) (i * 31);

  assert_decode_fails (data, 4096, PLX_ERROR_BINARY);
}

static void
test_binary_all_nul (void)
{
  g_autofree char *data = g_malloc0 (1000);

  assert_decode_fails (data, 1000, PLX_ERROR_BINARY);
}

static void
test_binary_control_bytes (void)
{
  g_autofree char *data = g_malloc (2048);

  /* No NULs at all, but full of control bytes. */
  for (gsize i = 0; i < 2048; i++)
    data[i] = (char) (1 + i % 8);

  assert_decode_fails (data, 2048, PLX_ERROR_BINARY);
}

static void
test_few_nuls_removed (void)
{
  const char input[] =
    "External Affairs Minister S. Jaishankar held a phone conversation\0 with U.S. "
    "Secretary of State Marco Rubio on Tuesday. The two leaders discussed trade, "
    "tariffs and the situation in the region, officials said.\0\n";
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (BYTES (input), &warning);

  g_assert_cmpstr (text, ==,
                   "External Affairs Minister S. Jaishankar held a phone conversation with U.S. "
                   "Secretary of State Marco Rubio on Tuesday. The two leaders discussed trade, "
                   "tariffs and the situation in the region, officials said.\n");
  g_assert_null (memchr (text, '\0', strlen (input)));
  assert_contains (warning, "2 NUL bytes");
}

static void
test_lone_nul_in_short_text (void)
{
  g_autofree char *warning = NULL;
  g_autofree char *text = NULL;

  /* A one-line file with a stray terminator, as some scrapers write it:
   * the file's comment says a lone NUL in good text is dropped. */
  text = decode_ok (BYTES ("Jaishankar-Rubio talks resume\n\0"), &warning);
  g_assert_cmpstr (text, ==, "Jaishankar-Rubio talks resume\n");
  assert_contains (warning, "NUL");
}

static void
test_empty (void)
{
  assert_decode_fails ("", 0, PLX_ERROR_EMPTY);
  assert_decode_fails (NULL, 0, PLX_ERROR_EMPTY);
}

static void
test_whitespace_only (void)
{
  assert_decode_fails (BYTES ("   \r\n\t\n  \n"), PLX_ERROR_EMPTY);
  assert_decode_fails (BYTES ("\n"), PLX_ERROR_EMPTY);
}

static void
test_bom_only (void)
{
  assert_decode_fails (BYTES ("\xef\xbb\xbf"), PLX_ERROR_EMPTY);
  assert_decode_fails (BYTES ("\xef\xbb\xbf \r\n"), PLX_ERROR_EMPTY);
  assert_decode_fails (BYTES ("\xff\xfe"), PLX_ERROR_EMPTY);
  assert_decode_fails (BYTES ("\xff\xfe \0\n\0"), PLX_ERROR_EMPTY);
  assert_decode_fails (BYTES ("\xfe\xff\0 \0\n"), PLX_ERROR_EMPTY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Known bugs stay as failing tests; let them not hide the others. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/decode/utf8-plain", test_plain_utf8);
  g_test_add_func ("/decode/ascii-plain", test_plain_ascii);
  g_test_add_func ("/decode/warning-optional", test_warning_optional);
  g_test_add_func ("/decode/utf8-bom", test_utf8_bom);
  g_test_add_func ("/decode/crlf-kept", test_crlf_kept);
  g_test_add_func ("/decode/crlf-after-bom-kept", test_crlf_after_bom_kept);
  g_test_add_func ("/decode/utf16le-bom", test_utf16le_bom);
  g_test_add_func ("/decode/utf16be-bom", test_utf16be_bom);
  g_test_add_func ("/decode/utf16-nul-keeps-the-rest", test_utf16_nul_keeps_the_rest);
  g_test_add_func ("/decode/utf16le-without-bom", test_utf16le_without_bom);
  g_test_add_func ("/decode/utf16be-without-bom", test_utf16be_without_bom);
  g_test_add_func ("/decode/utf16-invalid", test_utf16_invalid);
  g_test_add_func ("/decode/windows-1252", test_windows_1252);
  g_test_add_func ("/decode/windows-1252-punctuation", test_windows_1252_punctuation);
  g_test_add_func ("/decode/ascii-with-one-legacy-byte", test_ascii_with_one_legacy_byte);
  g_test_add_func ("/decode/utf8-one-bad-byte", test_utf8_one_bad_byte);
  g_test_add_func ("/decode/utf8-bad-bytes-counted", test_utf8_bad_bytes_counted);
  g_test_add_func ("/decode/utf8-bad-byte-offset-after-bom", test_utf8_bad_byte_offset_after_bom);
  g_test_add_func ("/decode/binary-png", test_binary_png);
  g_test_add_func ("/decode/binary-all-nul", test_binary_all_nul);
  g_test_add_func ("/decode/binary-control-bytes", test_binary_control_bytes);
  g_test_add_func ("/decode/few-nuls-removed", test_few_nuls_removed);
  g_test_add_func ("/decode/lone-nul-in-short-text", test_lone_nul_in_short_text);
  g_test_add_func ("/decode/empty", test_empty);
  g_test_add_func ("/decode/whitespace-only", test_whitespace_only);
  g_test_add_func ("/decode/bom-only", test_bom_only);

  return g_test_run ();
}
