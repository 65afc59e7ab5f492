/* plx-decode.c: turn a file's bytes into UTF-8 text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-decode.h"
#include "plx-error.h"

/* How the bytes of a corpus file become text:
 *
 *  1. A byte-order mark decides: UTF-8 (the mark is dropped), UTF-16 LE
 *     or BE (converted, with a warning).
 *  2. Without a mark, text that has NUL bytes at every other position is
 *     UTF-16 without a mark; any other text with many NUL or control
 *     bytes is binary and refused.
 *  3. Valid UTF-8 is taken as it is.
 *  4. Text that is mostly valid UTF-8 (it has valid multi-byte sequences,
 *     at least one for every four bad bytes: a legacy single-byte text
 *     almost never forms one by chance) keeps its UTF-8, the bad bytes
 *     replaced by U+FFFD.
 *  5. Anything else is a legacy single-byte encoding: Windows-1252, the
 *     superset of ISO 8859-1 that Western newsrooms' tools write.
 *
 * Steps 1, 2 and 4-5 leave a warning for the user; a lone NUL byte in
 * otherwise good text is dropped, with a warning too. */

#define SNIFF_LENGTH 65536

static gboolean
looks_like_utf16 (const guchar *data,
                  gsize         length,
                  const char  **encoding)
{
  gsize n = MIN (length, SNIFF_LENGTH) & ~(gsize)1;
  gsize even_nul = 0;
  gsize odd_nul = 0;

  if (n < 4)
    return FALSE;

  for (gsize i = 0; i < n; i += 2)
    {
      even_nul += data[i] == 0;
      odd_nul += data[i + 1] == 0;
    }

  /* Latin text in UTF-16 has a NUL in nearly every high byte. */
  if (odd_nul * 10 >= (n / 2) * 4 && even_nul * 10 < (n / 2))
    {
      *encoding = "UTF-16LE";
      return TRUE;
    }
  if (even_nul * 10 >= (n / 2) * 4 && odd_nul * 10 < (n / 2))
    {
      *encoding = "UTF-16BE";
      return TRUE;
    }

  return FALSE;
}

static gboolean
looks_binary (const guchar *data,
              gsize         length)
{
  gsize n = MIN (length, SNIFF_LENGTH);
  gsize suspicious = 0;

  for (gsize i = 0; i < n; i++)
    {
      guchar c = data[i];

      if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b))
        suspicious++;
    }

  /* A few stray control bytes happen in scraped text; binary formats
   * are full of them. */
  return suspicious > 4 && suspicious * 100 > n * 2;
}

static gsize
strip_nuls (char  *text,
            gsize  length)
{
  char *out = text;

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] != '\0')
        *out++ = text[i];
    }
  *out = '\0';

  return length - (gsize)(out - text);
}

static char *
convert_utf16 (const char  *data,
               gsize        length,
               const char  *encoding,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize written = 0;
  char *text;

  text = g_convert (data, length & ~(gsize)1, "UTF-8", encoding, NULL, &written, &local_error);
  if (text == NULL)
    g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                 /* Translators: the first %s is a character encoding such as
                  * UTF-8, the second says what is wrong
                  */
                 _("the text is not valid %s: %s"), encoding, local_error->message);
  /* U+0000 becomes a NUL byte, where the text would end: dropped, as
   * from UTF-8 text, so that nothing after it is lost. */
  else if (memchr (text, '\0', written) != NULL)
    strip_nuls (text, written);

  return text;
}

static gsize
count_multibyte (const char *data,
                 gsize       length,
                 gsize      *n_invalid)
{
  const char *p = data;
  const char *end = data + length;
  gsize multibyte = 0;

  *n_invalid = 0;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          (*n_invalid)++;
          p++;
          continue;
        }

      if ((guchar)*p >= 0x80)
        multibyte++;
      p = g_utf8_next_char (p);
    }

  return multibyte;
}

static char *
decode_without_bom (const char  *data,
                    gsize        length,
                    gsize        bom_length,
                    char       **warning,
                    GError     **error)
{
  const char *utf16 = NULL;
  const char *first_bad = NULL;
  gsize n_invalid = 0;
  gsize multibyte;
  gsize n_nul = 0;
  char *text;

  if (looks_like_utf16 ((const guchar *)data, length, &utf16))
    {
      /* Translators: %s is a character encoding such as UTF-16LE */
      *warning = g_strdup_printf (_("the text is %s without a byte-order mark; converted to UTF-8"), utf16);
      return convert_utf16 (data, length, utf16, error);
    }

  if (looks_binary ((const guchar *)data, length))
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_BINARY,
                           _("the file holds binary data (NUL or control bytes), not text"));
      return NULL;
    }

  text = g_malloc (length + 1);
  memcpy (text, data, length);
  text[length] = '\0';

  if (memchr (text, '\0', length) != NULL)
    n_nul = strip_nuls (text, length);
  length -= n_nul;

  if (g_utf8_validate (text, length, &first_bad))
    {
      if (n_nul > 0)
        *warning = g_strdup_printf (ngettext ("removed %zu NUL byte from the text",
                                              "removed %zu NUL bytes from the text",
                                              n_nul), n_nul);
      return text;
    }

  multibyte = count_multibyte (text, length, &n_invalid);
  if (multibyte > 0 && multibyte * 4 >= n_invalid)
    {
      char *valid = g_utf8_make_valid (text, length);

      *warning = g_strdup_printf (ngettext ("invalid UTF-8 at byte %zu; %zu bad byte replaced with �",
                                            "invalid UTF-8 at byte %zu; %zu bad bytes replaced with �",
                                            n_invalid),
                                  (gsize)(first_bad - text) + bom_length, n_invalid);
      g_free (text);
      return valid;
    }
  else
    {
      char *converted = g_convert (text, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);

      if (converted == NULL)
        converted = g_convert (text, length, "UTF-8", "ISO-8859-1", NULL, NULL, error);
      if (converted != NULL)
        *warning = g_strdup (_("the text is not UTF-8; read it as Windows-1252 (Western European)"));
      g_free (text);
      return converted;
    }
}

/**
 * plx_decode_text:
 * @data: the file's bytes
 * @length: the number of bytes
 * @warning: (out) (optional) (nullable): a message for the user when the
 *   text needed conversion or repair, else %NULL
 * @error: a location for a #GError
 *
 * Decodes a corpus file's bytes to UTF-8 (see the comment above).
 * Sentence offsets count bytes of the text this returns.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error
 *   set when the file is empty, binary or cannot be decoded
 */
char *
plx_decode_text (const char  *data,
                 gsize        length,
                 char       **warning,
                 GError     **error)
{
  g_autofree char *message = NULL;
  const guchar *bytes = (const guchar *)data;
  char *text = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    text = decode_without_bom (data + 3, length - 3, 3, &message, error);
  else if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
    {
      message = g_strdup (_("the text is UTF-16 (little-endian); converted to UTF-8"));
      text = convert_utf16 (data + 2, length - 2, "UTF-16LE", error);
    }
  else if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      message = g_strdup (_("the text is UTF-16 (big-endian); converted to UTF-8"));
      text = convert_utf16 (data + 2, length - 2, "UTF-16BE", error);
    }
  else if (length > 0)
    text = decode_without_bom (data, length, 0, &message, error);
  else
    text = g_strdup ("");

  if (text != NULL && strspn (text, " \t\r\n\f\v") == strlen (text))
    {
      g_clear_pointer (&text, g_free);
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_EMPTY,
                           _("the file is empty"));
    }

  if (warning != NULL)
    *warning = text != NULL ? g_steal_pointer (&message) : NULL;

  return text;
}
