/* plx-html-clean.c: measuring elements, and dropping furniture inside
 *   the content the extractor chose
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-html-extract-private.h"
#include "plx-html-node.h"

/* Names that pages give their parts, as Readability reads them. They say
 * what a part is for (a comment list, a share bar, a sidebar), never
 * which site it is on. */
static const struct
{
  const char *name;
  const char *pattern;
} hint_patterns[] = {
  { "unlikely", "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent|"
                "subscribe|paywall|recommend|trending|most-?read|most-?popular|signup|sign-up|outbrain|taboola" },
  { "maybe",    "and|article|body|column|content|main|shadow" },
  { "positive", "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story" },
  { "negative", "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|"
                "gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
                "sponsor|shopping|tags|tool|widget|newsletter|cookie|consent|subscribe|recommend|taboola|byline|"
                "author|caption|credit|breadcrumb|social|more-from|read-more|readmore|trending|popular" },
  { "share",    "(\\b|_)(share|sharing|sharedaddy|social)(\\b|_)" },
  { "dialog",   "^(menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search)$" },
};

static GRegex *
get_pattern (const char *name)
{
  static GRegex *regexes[G_N_ELEMENTS (hint_patterns)];
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      for (guint i = 0; i < G_N_ELEMENTS (hint_patterns); i++)
        regexes[i] = g_regex_new (hint_patterns[i].pattern, G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&initialised, 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (hint_patterns); i++)
    {
      if (g_str_equal (hint_patterns[i].name, name))
        return regexes[i];
    }

  g_assert_not_reached ();
}

/**
 * plx_html_hints_match:
 * @hints: an element's class, id... (plx_html_node_get_hints())
 * @pattern_name: "unlikely", "maybe", "positive", "negative", "share"
 *   or "dialog"
 *
 * Returns: whether the names match the pattern
 */
gboolean
plx_html_hints_match (const char *hints,
                      const char *pattern_name)
{
  return hints != NULL && *hints != '\0' && g_regex_match (get_pattern (pattern_name), hints, 0, NULL);
}

static double
attribute_weight (const xmlNode *node,
                  const char    *attribute)
{
  g_autofree char *value = plx_html_node_get_attribute (node, attribute);
  double weight = 0;

  if (value == NULL || *value == '\0')
    return 0;
  if (plx_html_hints_match (value, "negative"))
    weight -= 25;
  if (plx_html_hints_match (value, "positive"))
    weight += 25;

  return weight;
}

/* Readability's class weight: -25 or +25 for each of class and id, and
 * schema.org's articleBody settles it. */
double
plx_html_class_weight (const xmlNode *node)
{
  g_autofree char *itemprop = plx_html_node_get_attribute (node, "itemprop");

  if (itemprop != NULL && strstr (itemprop, "articleBody") != NULL)
    return 50;

  return attribute_weight (node, "class") + attribute_weight (node, "id");
}

static void
measure_text (const char  *text,
              PlxNodeInfo *info)
{
  gboolean in_space = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = g_unichar_isspace (c) || c == 0x00A0;

      if (!space || !in_space)
        info->text_length++;
      in_space = space;
      if (c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x060C)
        info->commas++;
    }
}

/**
 * plx_html_measure:
 * @node: an element
 *
 * Counts the visible text inside every element under @node, and how
 * much of it is inside links, leaving out skipped elements.
 */
void
plx_html_measure (xmlNode *node)
{
  PlxNodeInfo *info = plx_node_info (node);
  g_autofree char *href = NULL;

  info->text_length = 0;
  info->link_length = 0;
  info->commas = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        measure_text ((const char *) child->content, info);
      else if (child->type == XML_ELEMENT_NODE && !plx_node_is_skipped (child))
        {
          PlxNodeInfo *child_info = plx_node_info (child);

          plx_html_measure (child);
          info->text_length += child_info->text_length;
          info->link_length += child_info->link_length;
          info->commas += child_info->commas;
        }
    }

  if (plx_html_node_is (node, "a"))
    {
      /* In-page links (footnotes, "jump to") count less. */
      href = plx_html_node_get_attribute (node, "href");
      info->link_length = info->text_length * (href != NULL && href[0] == '#' ? 0.3 : 1.0);
    }
}

double
plx_html_link_density (const xmlNode *node)
{
  PlxNodeInfo *info = plx_node_info (node);

  return info->text_length > 0 ? info->link_length / info->text_length : 0;
}

/* ---- Conditional cleaning -------------------------------------------- */

typedef struct
{
  guint paragraphs;
  guint images;
  guint items;
  guint inputs;
  guint embeds;
  guint heading_text;
  guint list_text;
} Counts;

static void
count_inside (const xmlNode *node,
              gboolean       in_list,
              gboolean       in_heading,
              Counts        *counts)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      gboolean heading;
      gboolean list;

      if (child->type != XML_ELEMENT_NODE || plx_node_is_skipped (child))
        continue;

      if (plx_html_node_is (child, "p"))
        counts->paragraphs++;
      else if (plx_html_node_is (child, "img"))
        counts->images++;
      else if (plx_html_node_is (child, "li"))
        counts->items++;
      else if (plx_html_node_is (child, "input"))
        counts->inputs++;
      else if (plx_html_node_is (child, "object") || plx_html_node_is (child, "embed") ||
               plx_html_node_is (child, "iframe") || plx_html_node_is (child, "video"))
        counts->embeds++;

      heading = plx_html_node_is_heading (child);
      list = plx_html_node_is (child, "ul") || plx_html_node_is (child, "ol");
      if (heading && !in_heading)
        counts->heading_text += plx_node_info (child)->text_length;
      if (list && !in_list)
        counts->list_text += plx_node_info (child)->text_length;
      count_inside (child, in_list || list, in_heading || heading, counts);
    }
}

static gboolean
has_ancestor (const xmlNode *node,
              const char    *name,
              const xmlNode *stop)
{
  for (const xmlNode *up = node->parent; up != NULL && up != stop; up = up->parent)
    {
      if (plx_html_node_is (up, name))
        return TRUE;
    }

  return FALSE;
}

/* A table of data (with a caption, headers, or many cells) rather than
 * a table that lays out the page. */
static gboolean
is_data_table (const xmlNode *table)
{
  g_autofree char *role = plx_html_node_get_attribute (table, "role");
  guint rows = 0;
  guint cells = 0;

  if (role != NULL && g_str_equal (role, "presentation"))
    return FALSE;

  for (const xmlNode *child = table->children; child != NULL; child = child->next)
    {
      const xmlNode *section = child;

      if (plx_html_node_is (child, "caption") || plx_html_node_is (child, "thead"))
        return TRUE;
      if (!plx_html_node_is (child, "tbody") && !plx_html_node_is (child, "tr"))
        continue;
      for (const xmlNode *row = plx_html_node_is (section, "tr") ? section : section->children;
           row != NULL; row = plx_html_node_is (section, "tr") ? NULL : row->next)
        {
          if (!plx_html_node_is (row, "tr"))
            continue;
          rows++;
          for (const xmlNode *cell = row->children; cell != NULL; cell = cell->next)
            {
              if (plx_html_node_is (cell, "th"))
                return TRUE;
              if (plx_html_node_is (cell, "td"))
                cells++;
              if (plx_html_node_is (cell, "table"))
                return FALSE;
            }
        }
    }

  return rows >= 10 || cells > 4 * MAX (rows, 1) || (rows > 2 && cells >= 2 * rows && cells > 8);
}

/* Readability's _cleanConditionally, for one element. */
static gboolean
should_drop (const xmlNode   *node,
             const xmlNode   *root,
             PlxExtractFlags  flags)
{
  PlxNodeInfo *info = plx_node_info (node);
  gboolean is_list = plx_html_node_is (node, "ul") || plx_html_node_is (node, "ol");
  double weight = (flags & PLX_EXTRACT_WEIGHT_CLASSES) ? plx_html_class_weight (node) : 0;
  double link_density;
  double heading_density;
  Counts counts = { 0 };

  if (info->kept)
    return FALSE;
  if (plx_html_node_is (node, "table") && is_data_table (node))
    return FALSE;
  if (has_ancestor (node, "table", root) || has_ancestor (node, "code", root) || has_ancestor (node, "pre", root))
    return FALSE;

  if (weight < 0)
    return TRUE;
  if (info->commas >= 10)
    return FALSE;

  count_inside (node, FALSE, FALSE, &counts);
  if (!is_list && info->text_length > 0)
    is_list = counts.list_text > 0.9 * info->text_length;
  link_density = plx_html_link_density (node);
  heading_density = info->text_length > 0 ? (double) counts.heading_text / info->text_length : 0;

  if (counts.images > 1 && (double) counts.paragraphs / counts.images < 0.5 && !has_ancestor (node, "figure", root))
    return TRUE;
  if (!is_list && counts.items > counts.paragraphs + 100)
    return TRUE;
  if (counts.inputs > counts.paragraphs / 3)
    return TRUE;
  if (!is_list && heading_density < 0.9 && info->text_length < 25 && (counts.images == 0 || counts.images > 2) &&
      !has_ancestor (node, "figure", root))
    return TRUE;
  if (!is_list && weight < 25 && link_density > 0.2)
    return TRUE;
  if (weight >= 25 && link_density > 0.5)
    return TRUE;
  if ((counts.embeds == 1 && info->text_length < 75) || counts.embeds > 1)
    return TRUE;

  return FALSE;
}

static gboolean
is_cleaned_conditionally (const xmlNode *node)
{
  return plx_html_node_is (node, "div") || plx_html_node_is (node, "section") ||
         plx_html_node_is (node, "table") || plx_html_node_is (node, "ul") ||
         plx_html_node_is (node, "ol") || plx_html_node_is (node, "form") ||
         plx_html_node_is (node, "fieldset") || plx_html_node_is (node, "aside");
}

static gboolean
is_always_dropped (const xmlNode *node)
{
  return plx_html_node_is (node, "footer") || plx_html_node_is (node, "aside") ||
         plx_html_node_is (node, "nav") || plx_html_node_is (node, "button") ||
         plx_html_node_is (node, "figcaption") || plx_html_node_is (node, "figure");
}

/* Headings named as furniture, or mostly links ("More from ..."). */
static gboolean
is_furniture_heading (const xmlNode   *node,
                      PlxExtractFlags  flags)
{
  return plx_html_node_is_heading (node) &&
         (((flags & PLX_EXTRACT_WEIGHT_CLASSES) && plx_html_class_weight (node) < 0) ||
          plx_html_link_density (node) > 0.33);
}

static gboolean
is_share_bar (const xmlNode *node)
{
  g_autofree char *hints = plx_html_node_get_hints (node);

  return plx_node_info (node)->text_length < 500 && plx_html_hints_match (hints, "share");
}

/* A short paragraph that is mostly a link: "Read more", a related
 * headline between the story's paragraphs. */
static gboolean
is_link_paragraph (const xmlNode *node)
{
  PlxNodeInfo *info = plx_node_info (node);

  return (plx_html_node_is (node, "p") || plx_html_node_is_heading (node)) &&
         info->text_length < 200 && plx_html_link_density (node) > 0.5;
}

/* A link around blocks: a teaser card for another article. */
static gboolean
is_card_link (const xmlNode *node)
{
  if (!plx_html_node_is (node, "a"))
    return FALSE;

  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (plx_html_node_is_block (child) && !plx_html_node_is (child, "br"))
        return TRUE;
    }

  return FALSE;
}

/* Children first, as Readability removes nodes from the last: an inner
 * list of links goes before its container is judged. */
static void
clean_node (xmlNode         *node,
            const xmlNode   *root,
            PlxExtractFlags  flags)
{
  PlxNodeInfo *info = plx_node_info (node);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && !plx_node_is_skipped (child))
        clean_node (child, root, flags);
    }

  if (node == root || info->kept)
    return;

  plx_html_measure (node);
  if (is_always_dropped (node) || is_furniture_heading (node, flags) || is_share_bar (node) ||
      ((flags & PLX_EXTRACT_WEIGHT_CLASSES) && plx_html_class_weight (node) < 0) ||
      is_link_paragraph (node) || is_card_link (node) ||
      ((flags & PLX_EXTRACT_CLEAN) && is_cleaned_conditionally (node) && should_drop (node, root, flags)))
    info->dropped = TRUE;
}

/**
 * plx_html_clean_content:
 * @root: an element chosen as (part of) the article's content
 * @flags: the attempt's flags
 *
 * Marks furniture inside @root as dropped: footers, asides, share bars,
 * furniture headings and, with %PLX_EXTRACT_CLEAN, the containers that
 * Readability's conditional cleaning removes (mostly links, images
 * without text, forms).
 */
void
plx_html_clean_content (xmlNode         *root,
                        PlxExtractFlags  flags)
{
  clean_node (root, root, flags);
  plx_html_measure (root);
}
