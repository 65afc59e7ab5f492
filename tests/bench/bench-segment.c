/* bench-segment.c: sentence segmentation throughput
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-segment [FILE...]
 *
 * Segments each file (default: the sample corpus, repeated to about
 * 20 MB) line by line, as the loader does, and prints MB/s and
 * sentences/s. Prints figures; asserts nothing.
 */

#include "config.h"

#include "parallax-core.h"

static void
measure (const char *label,
         const char *text,
         gsize       length)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  gint64 start = g_get_monotonic_time ();
  double seconds;

  lines = plx_split_lines (text, length);
  for (guint i = 0; i < lines->len; i++)
    {
      const PlxSpan *line = &g_array_index (lines, PlxSpan, i);

      plx_segment_span (text, line->start, line->end, "en", spans);
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_print ("%-24s %8.1f MB %9u sentences %7.3f s %8.1f MB/s %10.0f sentences/s\n",
           label, length / 1e6, spans->len, seconds,
           length / 1e6 / seconds, spans->len / seconds);
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        {
          g_autofree char *contents = NULL;
          g_autoptr(GError) error = NULL;
          gsize length = 0;

          if (!g_file_get_contents (argv[i], &contents, &length, &error))
            {
              g_printerr ("bench-segment: %s\n", error->message);
              return 1;
            }
          measure (argv[i], contents, length);
        }
      return 0;
    }

  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autoptr(GDir) dir = g_dir_open (SAMPLE_DIR, 0, NULL);
    g_autoptr(GString) seeds = g_string_new (NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (SAMPLE_DIR, name, NULL);
        g_autofree char *contents = NULL;

        if (g_file_get_contents (path, &contents, NULL, NULL))
          g_string_append (seeds, contents);
      }
    while (text->len < 20 * 1000 * 1000 && seeds->len > 0)
      g_string_append (text, seeds->str);
    measure ("sample corpus, repeated", text->str, text->len);
  }

  return 0;
}
