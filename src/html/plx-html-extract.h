/* plx-html-extract.h: find a saved page's article among its furniture
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "plx-analysis.h"

G_BEGIN_DECLS

GArray *plx_html_extract (xmlDoc     *doc,
                          const char *headline,
                          const char *schema_body,
                          GString    *text);

G_END_DECLS
