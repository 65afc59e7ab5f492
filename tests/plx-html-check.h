/* plx-html-check.h: a strict check of the HTML report's shape
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean plx_html_check (const char  *html,
                         gsize        length,
                         char       **problem);

G_END_DECLS
