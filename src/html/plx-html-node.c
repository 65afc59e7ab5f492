/* plx-html-node.c: small questions asked of a parsed page's elements
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-html-node.h"

/* libxml2's HTML parser gives element names in lower case. */

gboolean
plx_html_node_is (const xmlNode *node,
                  const char    *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         strcmp ((const char *) node->name, name) == 0;
}

gboolean
plx_html_node_is_heading (const xmlNode *node)
{
  const char *name;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  name = (const char *) node->name;

  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0';
}

/* Elements that start a new block of text (a line of their own). */
static const char * const block_names[] = {
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center",
  "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
};

gboolean
plx_html_node_is_block (const xmlNode *node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (block_names); i++)
    {
      if (strcmp ((const char *) node->name, block_names[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Hidden by the markup itself: the hidden attribute, or an inline
 * style that hides it. */
gboolean
plx_html_node_is_invisible (const xmlNode *node)
{
  g_autofree char *style = NULL;
  g_autofree char *compact = NULL;
  char *out;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (xmlHasProp ((xmlNode *) node, (const xmlChar *) "hidden") != NULL)
    return TRUE;

  style = plx_html_node_get_attribute (node, "style");
  if (style == NULL)
    return FALSE;

  compact = g_ascii_strdown (style, -1);
  out = compact;
  for (const char *p = compact; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        *out++ = *p;
    }
  *out = '\0';

  return strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
}

/**
 * plx_html_node_get_attribute:
 * @node: an element
 * @name: an attribute's name
 *
 * Returns: (transfer full) (nullable): the attribute's value
 */
char *
plx_html_node_get_attribute (const xmlNode *node,
                             const char    *name)
{
  xmlChar *value;
  char *copy;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;

  value = xmlGetProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);

  return copy;
}

/**
 * plx_html_node_get_hints:
 * @node: an element
 *
 * Returns: (transfer full): the element's class, id, role and itemprop
 *   in lower case, separated by spaces: what its author called it
 */
char *
plx_html_node_get_hints (const xmlNode *node)
{
  static const char * const names[] = { "class", "id", "role", "itemprop" };
  GString *hints = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *value = plx_html_node_get_attribute (node, names[i]);

      if (value == NULL)
        continue;
      if (hints->len > 0)
        g_string_append_c (hints, ' ');
      g_string_append (hints, value);
    }

  return g_string_free (g_string_ascii_down (hints), FALSE);
}

/* Appends @text with runs of white space (no-break spaces too) made one
 * space, and none at the start of @out. */
void
plx_html_append_collapsed (GString    *out,
                           const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF)
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_unichar (out, c);
    }
}

static void
collect_text (const xmlNode *node,
              GString       *out)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        plx_html_append_collapsed (out, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        {
          gboolean block = plx_html_node_is_block (child);

          if (block && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          collect_text (child, out);
          if (block && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
    }
}

/**
 * plx_html_node_dup_text:
 * @node: a node
 *
 * Returns: (transfer full): the text inside @node, white space collapsed
 *   and trimmed
 */
char *
plx_html_node_dup_text (const xmlNode *node)
{
  GString *out = g_string_new (NULL);

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    plx_html_append_collapsed (out, (const char *) node->content);
  else
    collect_text (node, out);

  return g_strstrip (g_string_free (out, FALSE));
}
