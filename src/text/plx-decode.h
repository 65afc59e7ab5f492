/* plx-decode.h: turn a file's bytes into UTF-8 text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *plx_decode_text (const char  *data,
                       gsize        length,
                       char       **warning,
                       GError     **error);

G_END_DECLS
