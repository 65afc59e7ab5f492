/* plx-html-extract.c: find a saved page's article among its furniture
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-html-extract-private.h"
#include "plx-html-extract.h"
#include "plx-html-node.h"

/* A content-scoring extractor after Readability (Mozilla's, itself after
 * Arc90's), with what trafilatura adds on top:
 *
 *  1. Elements that never show text (scripts, styles, forms' controls,
 *     hidden elements) are set aside.
 *  2. Elements named like furniture ("comment", "share", "related",
 *     "sidebar", "cookie"...; ARIA roles such as navigation) and <nav>,
 *     <aside>, <footer> are skipped, unless the name also says content.
 *  3. Every paragraph of 25 characters or more scores 1, one more per
 *     comma and one per 100 characters (up to 3), and gives that score to
 *     its container, half to the container's container, and less to
 *     three more levels up. Containers start from a score for their kind
 *     (+5 a <div>, -3 a list...) and for their class and id names; the
 *     schema.org articleBody is a strong hint. A container's score is
 *     then scaled by the share of its text outside links.
 *  4. The best container, moved up to an ancestor when several good
 *     containers share it, is the content, with those of its siblings
 *     that score well or hold plain paragraphs.
 *  5. Inside the content, footers, share bars, furniture headings and
 *     containers that are mostly links, images or form fields are
 *     dropped (Readability's conditional cleaning).
 *  6. When that leaves less than 500 characters the page is read again,
 *     first without step 2, then without class names, then without
 *     step 5, and the attempt with the most text wins. Less than 100
 *     characters is no article at all (a sign-in page, an index).
 *
 * Nothing is deleted: every block of visible text becomes a block with a
 * role, body or heading inside the content, boilerplate elsewhere; the
 * headline's own element is the title. */

#define MIN_PARAGRAPH      25
#define MIN_ARTICLE        500
#define MIN_BODY           100
#define N_TOP_CANDIDATES   5
/* A sibling of the content with this much of its text in links is a
 * list of teasers, however well it scores. */
#define MAX_SIBLING_LINK_DENSITY 0.3

typedef struct
{
  xmlNode         *root;
  PlxExtractFlags  flags;
  GPtrArray       *candidates;
} Attempt;

/* ---- Node state ------------------------------------------------------- */

static guint
count_elements (xmlNode *node)
{
  guint n = 0;

  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        n += 1 + count_elements (node->children);
    }

  return n;
}

static void
attach_infos (xmlNode     *node,
              PlxNodeInfo *infos,
              guint       *next)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      node->_private = &infos[(*next)++];
      attach_infos (node->children, infos, next);
    }
}

static void
detach_infos (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      node->_private = NULL;
      detach_infos (node->children);
    }
}

static gboolean
is_junk (const xmlNode *node)
{
  static const char * const names[] = {
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "head", "title", "meta", "link", "select", "option", "textarea", "input",
    "button", "audio", "video", "source", "picture", "map", "dialog",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (plx_html_node_is (node, names[i]))
        return TRUE;
    }

  return plx_html_node_is_invisible (node);
}

static void
mark_junk (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (is_junk (node))
        plx_node_info (node)->junk = TRUE;
      else
        mark_junk (node->children);
    }
}

static void
reset_attempt (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      PlxNodeInfo *info = plx_node_info (node);

      if (info == NULL)
        continue;
      info->score = 0;
      info->scored = FALSE;
      info->unlikely = FALSE;
      info->dropped = FALSE;
      info->content = FALSE;
      reset_attempt (node->children);
    }
}

/* ---- Step 2: unlikely candidates ------------------------------------- */

static gboolean
is_unlikely (const xmlNode *node)
{
  g_autofree char *hints = NULL;
  g_autofree char *role = NULL;

  if (plx_html_node_is (node, "body") || plx_html_node_is (node, "a") ||
      plx_html_node_is (node, "html") || plx_html_node_is (node, "article") ||
      plx_html_node_is (node, "main"))
    return FALSE;
  if (plx_html_node_is (node, "nav") || plx_html_node_is (node, "aside") || plx_html_node_is (node, "footer"))
    return TRUE;

  role = plx_html_node_get_attribute (node, "role");
  if (role != NULL && plx_html_hints_match (role, "dialog"))
    return TRUE;

  {
    g_autofree char *klass = plx_html_node_get_attribute (node, "class");
    g_autofree char *id = plx_html_node_get_attribute (node, "id");

    hints = g_strjoin (" ", klass != NULL ? klass : "", id != NULL ? id : "", NULL);
  }

  return plx_html_hints_match (hints, "unlikely") && !plx_html_hints_match (hints, "maybe");
}

static void
mark_unlikely (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE || plx_node_is_skipped (node))
        continue;
      /* Inside tables and code, names describe layout, not purpose. */
      if (plx_html_node_is (node, "table") || plx_html_node_is (node, "pre") || plx_html_node_is (node, "code"))
        continue;
      if (is_unlikely (node))
        plx_node_info (node)->unlikely = TRUE;
      else
        mark_unlikely (node->children);
    }
}

/* ---- Step 3: scores --------------------------------------------------- */

static double
kind_score (const xmlNode *node)
{
  static const struct { const char *name; double score; } kinds[] = {
    { "div", 5 }, { "article", 5 }, { "main", 5 }, { "section", 3 },
    { "pre", 3 }, { "td", 3 }, { "blockquote", 3 },
    { "address", -3 }, { "ol", -3 }, { "ul", -3 }, { "dl", -3 }, { "dd", -3 },
    { "dt", -3 }, { "li", -3 }, { "form", -3 },
    { "h1", -5 }, { "h2", -5 }, { "h3", -5 }, { "h4", -5 }, { "h5", -5 },
    { "h6", -5 }, { "th", -5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (plx_html_node_is (node, kinds[i].name))
        return kinds[i].score;
    }

  return 0;
}

static void
score_paragraph (Attempt *attempt,
                 xmlNode *container,
                 guint    length,
                 guint    commas)
{
  double score;
  guint level = 0;

  if (length < MIN_PARAGRAPH)
    return;

  score = 1 + commas + MIN (length / 100, 3);
  for (xmlNode *up = container; up != NULL && level < 5; up = up->parent, level++)
    {
      PlxNodeInfo *info = plx_node_info (up);

      if (info == NULL || up->parent == NULL || up->parent->type != XML_ELEMENT_NODE)
        break;
      if (!info->scored)
        {
          info->scored = TRUE;
          info->score = kind_score (up);
          if (attempt->flags & PLX_EXTRACT_WEIGHT_CLASSES)
            info->score += plx_html_class_weight (up);
          g_ptr_array_add (attempt->candidates, up);
        }
      info->score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
}

static gboolean
has_block_child (const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && !plx_node_is_skipped (child) &&
          (plx_html_node_is_block (child) && !plx_html_node_is (child, "br")))
        return TRUE;
      if (child->type == XML_ELEMENT_NODE && !plx_html_node_is_block (child) && has_block_child (child))
        return TRUE;
    }

  return FALSE;
}

/* Whether @node is read as one paragraph: a <p>, or a <div> or cell
 * that holds only phrasing content (Readability turns those into <p>). */
static gboolean
is_paragraph (const xmlNode *node)
{
  if (plx_html_node_is (node, "p") || plx_html_node_is (node, "pre"))
    return TRUE;
  if (plx_html_node_is_heading (node) && !plx_html_node_is (node, "h1"))
    return TRUE;
  if (plx_html_node_is (node, "div") || plx_html_node_is (node, "td") || plx_html_node_is (node, "section"))
    return !has_block_child (node);

  return FALSE;
}

/* Text directly inside a container that also holds blocks: each run of
 * it between blocks is a paragraph of that container. */
static void
score_runs (Attempt *attempt,
            xmlNode *node)
{
  PlxNodeInfo run = { 0 };

  for (xmlNode *child = node->children; ; child = child->next)
    {
      gboolean ends_run = child == NULL ||
        (child->type == XML_ELEMENT_NODE && (plx_html_node_is_block (child) || has_block_child (child)));

      if (ends_run)
        {
          score_paragraph (attempt, node, run.text_length, run.commas);
          run.text_length = 0;
          run.commas = 0;
          if (child == NULL)
            break;
          continue;
        }

      if (child->type == XML_TEXT_NODE)
        {
          g_autofree char *text = plx_html_node_dup_text (child);

          run.text_length += g_utf8_strlen (text, -1);
          for (const char *p = text; *p != '\0'; p++)
            run.commas += *p == ',';
        }
      else if (child->type == XML_ELEMENT_NODE && !plx_node_is_skipped (child))
        {
          run.text_length += plx_node_info (child)->text_length;
          run.commas += plx_node_info (child)->commas;
        }
    }
}

static void
score_tree (Attempt *attempt,
            xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      PlxNodeInfo *info;

      if (node->type != XML_ELEMENT_NODE || plx_node_is_skipped (node))
        continue;

      info = plx_node_info (node);
      if (is_paragraph (node))
        {
          score_paragraph (attempt, node->parent, info->text_length, info->commas);
          continue;
        }

      if (plx_html_node_is (node, "div") || plx_html_node_is (node, "section") ||
          plx_html_node_is (node, "article") || plx_html_node_is (node, "td") ||
          plx_html_node_is (node, "main") || plx_html_node_is (node, "body"))
        score_runs (attempt, node);

      score_tree (attempt, node->children);
    }
}

/* ---- Step 4: the content ---------------------------------------------- */

static double
final_score (const xmlNode *node)
{
  return plx_node_info (node)->score * (1 - plx_html_link_density (node));
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  double score_a = final_score (*(xmlNode **) a);
  double score_b = final_score (*(xmlNode **) b);

  return score_a < score_b ? 1 : score_a > score_b ? -1 : 0;
}

static gboolean
is_ancestor (const xmlNode *ancestor,
             const xmlNode *node)
{
  for (const xmlNode *up = node; up != NULL; up = up->parent)
    {
      if (up == ancestor)
        return TRUE;
    }

  return FALSE;
}

static guint
count_element_children (const xmlNode *node)
{
  guint n = 0;

  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && !plx_node_is_skipped (child))
        n++;
      else if (child->type == XML_TEXT_NODE && !xmlIsBlankNode (child))
        n++;
    }

  return n;
}

static xmlNode *
refine_top (Attempt *attempt,
            xmlNode *top)
{
  double top_score = final_score (top);
  g_autoptr(GPtrArray) alternatives = g_ptr_array_new ();
  double last_score;

  /* Several good containers under one ancestor: the ancestor. */
  for (guint i = 1; i < MIN (attempt->candidates->len, N_TOP_CANDIDATES); i++)
    {
      xmlNode *candidate = g_ptr_array_index (attempt->candidates, i);

      if (final_score (candidate) / top_score >= 0.75)
        g_ptr_array_add (alternatives, candidate);
    }
  if (alternatives->len >= 3)
    {
      for (xmlNode *up = top->parent; up != NULL && up != attempt->root; up = up->parent)
        {
          guint containing = 0;

          for (guint i = 0; i < alternatives->len; i++)
            containing += is_ancestor (up, g_ptr_array_index (alternatives, i));
          if (containing >= 3)
            {
              top = up;
              break;
            }
        }
    }

  /* A parent that scores better than the container holds more of the
   * article. */
  last_score = final_score (top);
  for (xmlNode *up = top->parent; up != NULL && up != attempt->root && up->type == XML_ELEMENT_NODE; up = up->parent)
    {
      PlxNodeInfo *info = plx_node_info (up);
      double score;

      if (!info->scored)
        continue;
      score = final_score (up);
      if (score < last_score / 3)
        break;
      if (score > last_score)
        {
          top = up;
          break;
        }
      last_score = score;
    }

  /* An only child says nothing its parent does not. */
  while (top->parent != NULL && top->parent != attempt->root && top->parent->type == XML_ELEMENT_NODE &&
         count_element_children (top->parent) == 1)
    top = top->parent;

  return top;
}

static gboolean
ends_like_sentence (const xmlNode *node)
{
  g_autofree char *text = plx_html_node_dup_text (node);

  return strstr (text, ". ") != NULL || g_str_has_suffix (text, ".");
}

static void
add_siblings (Attempt *attempt,
              xmlNode *top)
{
  double threshold = MAX (10, final_score (top) * 0.2);
  g_autofree char *top_class = plx_html_node_get_attribute (top, "class");

  if (top->parent == NULL || top->parent->type != XML_ELEMENT_NODE || top == attempt->root)
    {
      plx_node_info (top)->content = TRUE;
      return;
    }

  for (xmlNode *sibling = top->parent->children; sibling != NULL; sibling = sibling->next)
    {
      PlxNodeInfo *info = plx_node_info (sibling);
      g_autofree char *klass = NULL;
      double bonus = 0;
      gboolean append = FALSE;

      if (info == NULL || plx_node_is_skipped (sibling))
        continue;

      klass = plx_html_node_get_attribute (sibling, "class");
      if (klass != NULL && *klass != '\0' && g_strcmp0 (klass, top_class) == 0)
        bonus = final_score (top) * 0.2;

      if (sibling == top)
        append = TRUE;
      else if (info->scored && final_score (sibling) + bonus >= threshold &&
               plx_html_link_density (sibling) < MAX_SIBLING_LINK_DENSITY)
        append = TRUE;
      else if (is_paragraph (sibling) && !plx_html_node_is_heading (sibling))
        {
          double density = plx_html_link_density (sibling);

          if (info->text_length > 80 && density < 0.25)
            append = TRUE;
          else if (info->text_length > 0 && info->text_length <= 80 && density == 0 && ends_like_sentence (sibling))
            append = TRUE;
        }

      info->content = append;
    }
}

static guint
content_length (xmlNode *node)
{
  guint length = 0;

  for (; node != NULL; node = node->next)
    {
      PlxNodeInfo *info = plx_node_info (node);

      if (info == NULL || plx_node_is_skipped (node))
        continue;
      if (info->content)
        length += info->text_length;
      else
        length += content_length (node->children);
    }

  return length;
}

static void
clean_content (xmlNode         *node,
               PlxExtractFlags  flags)
{
  for (; node != NULL; node = node->next)
    {
      PlxNodeInfo *info = plx_node_info (node);

      if (info == NULL || plx_node_is_skipped (node))
        continue;
      if (info->content)
        plx_html_clean_content (node, flags);
      else
        clean_content (node->children, flags);
    }
}

/* G_MESSAGES_DEBUG=Parallax shows why a page's content was chosen. */
static void
debug_candidates (GPtrArray *candidates,
                  xmlNode   *top)
{
  if (g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    return;

  for (guint i = 0; i < MIN (candidates->len, 8); i++)
    {
      xmlNode *node = g_ptr_array_index (candidates, i);
      g_autofree char *hints = plx_html_node_get_hints (node);

      g_debug ("candidate %s.%s %.1f (link density %.2f, %u chars)", node->name, hints,
                  final_score (node), plx_html_link_density (node), plx_node_info (node)->text_length);
    }
  {
    g_autofree char *hints = plx_html_node_get_hints (top);

    g_debug ("top %s.%s", top->name, hints);
  }
}

/* One attempt: marks the content and what is dropped inside it, and
 * returns how much text the content holds. */
static guint
run_attempt (xmlNode         *root,
             PlxExtractFlags  flags)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  Attempt attempt = { root, flags, candidates };
  xmlNode *top;

  reset_attempt (root);
  if (flags & PLX_EXTRACT_STRIP_UNLIKELY)
    mark_unlikely (root->children);
  plx_html_measure (root);
  score_tree (&attempt, root->children);

  if (candidates->len > 0)
    {
      g_ptr_array_sort (candidates, compare_scores);
      top = refine_top (&attempt, g_ptr_array_index (candidates, 0));
      debug_candidates (candidates, top);
      add_siblings (&attempt, top);
    }

  clean_content (root, flags);

  return content_length (root);
}

static xmlNode *
find_body (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      xmlNode *found;

      if (plx_html_node_is (node, "body"))
        return node;
      if (node->type == XML_ELEMENT_NODE && (found = find_body (node->children)) != NULL)
        return found;
    }

  return NULL;
}

static void
select_content (xmlNode *root)
{
  static const PlxExtractFlags attempts[] = {
    PLX_EXTRACT_STRIP_UNLIKELY | PLX_EXTRACT_WEIGHT_CLASSES | PLX_EXTRACT_CLEAN,
    PLX_EXTRACT_WEIGHT_CLASSES | PLX_EXTRACT_CLEAN,
    PLX_EXTRACT_CLEAN,
    0,
  };
  guint best_length = 0;
  guint best = 0;

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      guint length = run_attempt (root, attempts[i]);

      if (length >= MIN_ARTICLE)
        return;
      if (length > best_length)
        {
          best_length = length;
          best = i;
        }
    }

  /* A sign-in form, an index of links, an error page: no article. */
  if (best_length < MIN_BODY)
    reset_attempt (root);
  else if (best != G_N_ELEMENTS (attempts) - 1)
    run_attempt (root, attempts[best]);
}

/* ---- Blocks ----------------------------------------------------------- */

typedef struct
{
  GString    *text;
  GArray     *blocks;
  GString    *pending;
  PlxRole     pending_role;
  const char *headline;
  gboolean    title_found;
} Emitter;

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fold_a = g_utf8_casefold (a, -1);
  g_autofree char *fold_b = g_utf8_casefold (b, -1);

  return g_str_equal (fold_a, fold_b);
}

static void
flush (Emitter *emitter)
{
  PlxBlock block;

  g_strstrip (emitter->pending->str);
  emitter->pending->len = strlen (emitter->pending->str);
  /* A row of empty cells is no text. */
  if (strspn (emitter->pending->str, "| ") == emitter->pending->len)
    {
      g_string_truncate (emitter->pending, 0);
      return;
    }

  block.role = emitter->pending_role;
  if (block.role == PLX_ROLE_HEADING || block.role == PLX_ROLE_BODY || block.role == PLX_ROLE_BOILERPLATE)
    {
      if (!emitter->title_found && emitter->headline != NULL && same_text (emitter->pending->str, emitter->headline))
        {
          block.role = PLX_ROLE_TITLE;
          emitter->title_found = TRUE;
        }
    }

  if (emitter->text->len > 0)
    g_string_append_c (emitter->text, '\n');
  block.start = emitter->text->len;
  g_string_append_len (emitter->text, emitter->pending->str, emitter->pending->len);
  block.end = emitter->text->len;
  g_array_append_val (emitter->blocks, block);

  g_string_truncate (emitter->pending, 0);
}

static gboolean
is_text_cell (const xmlNode *node)
{
  if (!plx_html_node_is (node, "td") && !plx_html_node_is (node, "th"))
    return FALSE;

  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (plx_html_node_is_block (child) || (child->type == XML_ELEMENT_NODE && has_block_child (child)))
        return FALSE;
    }

  return TRUE;
}

static void
append_cell_separator (Emitter  *emitter,
                       gboolean  in_content)
{
  PlxRole role = in_content ? PLX_ROLE_BODY : PLX_ROLE_BOILERPLATE;

  if (role != emitter->pending_role)
    {
      flush (emitter);
      emitter->pending_role = role;
    }
  g_string_append (emitter->pending, emitter->pending->len == 0 ? "| " : " | ");
}

static void
emit (Emitter  *emitter,
      xmlNode  *node,
      gboolean  in_content,
      gboolean  in_heading)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          PlxRole role = !in_content ? PLX_ROLE_BOILERPLATE : in_heading ? PLX_ROLE_HEADING : PLX_ROLE_BODY;

          if (role != emitter->pending_role)
            {
              flush (emitter);
              emitter->pending_role = role;
            }
          plx_html_append_collapsed (emitter->pending, (const char *) node->content);
        }
      else if (node->type == XML_ELEMENT_NODE)
        {
          PlxNodeInfo *info = plx_node_info (node);
          gboolean block = plx_html_node_is_block (node) || plx_html_node_is_heading (node);
          gboolean content = in_content;

          if (info->junk)
            continue;
          if (info->unlikely || info->dropped)
            content = FALSE;
          else if (info->content)
            content = TRUE;

          /* A cell of plain text is a column of its row's line:
           * "| 1 | Kyle Busch | 5040 |", as tables are in text files. */
          if (block && is_text_cell (node))
            {
              block = FALSE;
              append_cell_separator (emitter, content);
            }

          if (block)
            flush (emitter);
          emit (emitter, node->children, content, in_heading || plx_html_node_is_heading (node));
          if (block)
            flush (emitter);
        }
    }
}

/**
 * plx_html_extract:
 * @doc: a parsed page
 * @headline: (nullable): the headline its metadata gives
 * @schema_body: (nullable): the schema.org articleBody its JSON-LD gives
 * @text: where the page's text is written, a block a line
 *
 * Finds the article in @doc (see the comment at the top of this file)
 * and writes all of the page's visible text to @text.
 *
 * Returns: (transfer full) (element-type PlxBlock): the blocks of @text,
 *   in order, with their roles
 */
GArray *
plx_html_extract (xmlDoc     *doc,
                  const char *headline,
                  const char *schema_body,
                  GString    *text)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (PlxBlock));
  xmlNode *html = xmlDocGetRootElement (doc);
  g_autofree PlxNodeInfo *infos = NULL;
  Emitter emitter = { text, blocks, NULL, PLX_ROLE_BOILERPLATE, headline, FALSE };
  xmlNode *root;
  guint next = 0;

  g_return_val_if_fail (doc != NULL, blocks);

  if (html == NULL)
    return blocks;

  infos = g_new0 (PlxNodeInfo, count_elements (html));
  attach_infos (html, infos, &next);

  root = find_body (html);
  if (root == NULL)
    root = html;

  mark_junk (root->children);
  select_content (root);

  emitter.pending = g_string_new (NULL);
  emit (&emitter, root->children, plx_node_info (root)->content, FALSE);
  flush (&emitter);
  g_string_free (emitter.pending, TRUE);

  detach_infos (html);

  return blocks;
}
