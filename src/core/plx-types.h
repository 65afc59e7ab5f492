/* plx-types.h: forward declarations and small enums shared by the core library
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PlxArticle        PlxArticle;
typedef struct _PlxCorpus         PlxCorpus;
typedef struct _PlxSentence       PlxSentence;
typedef struct _PlxFurnitureRules PlxFurnitureRules;
typedef struct _PlxAlignment      PlxAlignment;
typedef struct _PlxRow            PlxRow;
typedef struct _PlxLedger         PlxLedger;

/**
 * PlxRole:
 * @PLX_ROLE_BODY: the article's own reporting
 * @PLX_ROLE_TITLE: the article's headline (first line)
 * @PLX_ROLE_HEADING: an in-body section heading
 * @PLX_ROLE_BOILERPLATE: page furniture: ads, related links, footers...
 *
 * What a sentence is in its article. Only body sentences take part in
 * alignment and fact extraction; boilerplate is kept and shown greyed.
 */
typedef enum
{
  PLX_ROLE_BODY,
  PLX_ROLE_TITLE,
  PLX_ROLE_HEADING,
  PLX_ROLE_BOILERPLATE,
} PlxRole;

const char *plx_role_to_string   (PlxRole     role);
gboolean    plx_role_from_string (const char *str,
                                  PlxRole    *role);

G_END_DECLS
