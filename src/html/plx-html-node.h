/* plx-html-node.h: small questions asked of a parsed page's elements
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

gboolean  plx_html_node_is             (const xmlNode *node,
                                        const char    *name);
gboolean  plx_html_node_is_heading     (const xmlNode *node);
gboolean  plx_html_node_is_block       (const xmlNode *node);
gboolean  plx_html_node_is_invisible   (const xmlNode *node);
char     *plx_html_node_get_attribute  (const xmlNode *node,
                                        const char    *name);
char     *plx_html_node_get_hints      (const xmlNode *node);
void      plx_html_append_collapsed    (GString       *out,
                                        const char    *text);
char     *plx_html_node_dup_text       (const xmlNode *node);

G_END_DECLS
