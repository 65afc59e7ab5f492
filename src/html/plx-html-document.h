/* plx-html-document.h: a saved web page's bytes, decoded and parsed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/HTMLtree.h>

G_BEGIN_DECLS

char   *plx_html_gunzip         (const char  *data,
                                 gsize        length,
                                 gsize       *out_length,
                                 GError     **error);
xmlDoc *plx_html_document_parse (const char  *data,
                                 gsize        length,
                                 char       **warning,
                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
