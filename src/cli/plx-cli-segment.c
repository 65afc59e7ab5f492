/* plx-cli-segment.c: parallax-cli segment
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "plx-cli.h"

/* The text to segment: a file's bytes, or standard input's for "-". */
static char *
read_input (const char  *path,
            gsize       *length,
            GError     **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  guint8 buffer[65536];
  size_t n;

  if (!g_str_equal (path, "-"))
    {
      char *contents = NULL;

      if (!g_file_get_contents (path, &contents, length, error))
        return NULL;
      return contents;
    }

  bytes = g_byte_array_new ();
  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    g_byte_array_append (bytes, buffer, n);
  if (ferror (stdin))
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("cannot read standard input: %s"), g_strerror (saved_errno));
      return NULL;
    }

  *length = bytes->len;
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

/* The input decoded to UTF-8; a text with nothing but white space is
 * an empty one, not an error. */
static char *
decode_input (const char  *path,
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *warning = NULL;
  char *text;

  text = plx_decode_text (data, length, &warning, &local_error);
  if (text == NULL && g_error_matches (local_error, PLX_ERROR, PLX_ERROR_EMPTY))
    return g_strdup ("");
  if (text == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (warning != NULL)
    g_printerr ("parallax-cli: %s %s: %s\n", _("warning:"), path, warning);

  return text;
}

static char *
format_json (const char *text,
             GArray     *spans)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < spans->len; i++)
    {
      g_autofree char *sentence = plx_span_dup_text (text, &g_array_index (spans, PlxSpan, i));

      json_builder_add_string_value (builder, sentence);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

static char *
format_lines (const char *text,
              GArray     *spans)
{
  GString *lines = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      g_autofree char *sentence = plx_span_dup_text (text, &g_array_index (spans, PlxSpan, i));

      g_string_append (lines, sentence);
      g_string_append_c (lines, '\n');
    }

  return g_string_free (lines, FALSE);
}

static gboolean
write_output (const char *output)
{
  gsize length = strlen (output);

  return fwrite (output, 1, length, stdout) == length && fflush (stdout) == 0;
}

int
plx_cli_segment (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autofree char *language = NULL;
  g_autofree char *format = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autofree char *output = NULL;
  const char *name;
  gsize length = 0;
  GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      /* Translators: parallax-cli --help; CODE names the option’s value, a
       * language code such as en or de
       */
      N_("The text's language, as a code such as en or de"), N_("CODE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      /* Translators: parallax-cli --help; “lines” and “json” are values to
       * type: do not translate them
       */
      N_("Output format: lines (the default), one sentence a line, or json, an array of strings"), N_("FORMAT") },
    { NULL }
  };

  /* Translators: the usage line of parallax-cli segment; FILE is the
   * argument to type, “-” stands for standard input
   */
  if (plx_cli_parse_options (&argc, &argv, _("FILE — split a text into sentences; “-” reads standard input"),
                             _("A blank line always ends a paragraph, and so does a single line break,\n"
                               "unless the line ends without a full stop (or other terminator) and the\n"
                               "next one starts in lower case: then the line was wrapped inside a\n"
                               "sentence, which goes on. Sentences are printed with such line breaks\n"
                               "turned into spaces (into nothing between Chinese or Japanese letters)."),
                             entries) != PLX_EXIT_OK)
    return PLX_EXIT_USAGE;

  if (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "lines"))
    {
      g_autofree char *message = g_strdup_printf (_("unknown format “%s”: use lines or json"), format);

      return plx_cli_usage_error (message);
    }

  if (argc != 2)
    return plx_cli_usage_error (argc < 2 ? _("segment: name one file, or “-” for standard input")
                                         : _("segment: name only one file"));

  /* Reading errors name the file already; decoding errors do not. */
  /* Translators: stands for the file name in messages such as “standard
   * input: the file is empty”
   */
  name = g_str_equal (argv[1], "-") ? _("standard input") : argv[1];
  data = read_input (argv[1], &length, &error);
  if (data == NULL)
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      return PLX_EXIT_NOTHING_LOADED;
    }
  text = decode_input (name, data, length, &error);
  if (text == NULL)
    {
      g_printerr ("parallax-cli: %s: %s\n", name, error->message);
      return PLX_EXIT_NOTHING_LOADED;
    }

  spans = plx_segment_paragraphs (text, strlen (text), language);
  if (format != NULL && g_str_equal (format, "json"))
    output = format_json (text, spans);
  else
    output = format_lines (text, spans);

  if (!write_output (output) || (format != NULL && g_str_equal (format, "json") && !write_output ("\n")))
    {
      g_printerr ("parallax-cli: %s: %s\n", _("cannot write the sentences"), g_strerror (errno));
      return PLX_EXIT_NOTHING_LOADED;
    }

  return PLX_EXIT_OK;
}
