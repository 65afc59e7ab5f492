/* plx-html-extract-private.h: the state the extractor keeps per element
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Flags of one extraction attempt; each retry drops one (as
 * Readability does when the first attempt finds too little text). */
typedef enum
{
  PLX_EXTRACT_STRIP_UNLIKELY = 1 << 0,  /* skip elements named like furniture */
  PLX_EXTRACT_WEIGHT_CLASSES = 1 << 1,  /* let class and id names move scores */
  PLX_EXTRACT_CLEAN          = 1 << 2,  /* drop link lists and the like inside the content */
} PlxExtractFlags;

/* What the extractor knows of an element; node->_private points to it. */
typedef struct
{
  double score;          /* content score (Readability's) */
  guint  text_length;    /* characters of visible text inside */
  double link_length;    /* characters of that inside links */
  guint  commas;
  guint  scored   : 1;   /* a candidate for the article's container */
  guint  junk     : 1;   /* never text: script, style, hidden... */
  guint  unlikely : 1;   /* named like furniture, skipped this attempt */
  guint  dropped  : 1;   /* inside the content, but furniture */
  guint  content  : 1;   /* a root of the article's content */
  guint  kept     : 1;   /* cannot be dropped: holds the JSON-LD body */
} PlxNodeInfo;

static inline PlxNodeInfo *
plx_node_info (const xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE ? node->_private : NULL;
}

static inline gboolean
plx_node_is_skipped (const xmlNode *node)
{
  PlxNodeInfo *info = plx_node_info (node);

  return info != NULL && (info->junk || info->unlikely || info->dropped);
}

double   plx_html_class_weight     (const xmlNode   *node);
gboolean plx_html_hints_match      (const char      *hints,
                                    const char      *pattern_name);
void     plx_html_measure          (xmlNode         *node);
double   plx_html_link_density     (const xmlNode   *node);
void     plx_html_clean_content    (xmlNode         *root,
                                    PlxExtractFlags  flags);

G_END_DECLS
