/* plx-metadata.h: what an article's text tells about it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *plx_metadata_split_title_outlet  (const char *title,
                                              char      **outlet);
char       *plx_metadata_outlet_from_name    (const char *file_stem);
char       *plx_metadata_parse_date          (const char *text);
char       *plx_metadata_find_date           (const char *text,
                                              GArray     *lines);
const char *plx_metadata_guess_language      (const char *text,
                                              gsize       length);

G_END_DECLS
