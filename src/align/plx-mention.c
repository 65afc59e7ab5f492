/* plx-mention.c: where an outlet states something
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-article.h"
#include "plx-mention.h"

static void
mention_clear (gpointer data)
{
  g_clear_pointer (&((PlxMention *) data)->text, g_free);
}

/**
 * plx_mentions_new:
 *
 * Returns: (transfer full) (element-type PlxMention): an empty list of
 *   mentions that frees their texts
 */
GArray *
plx_mentions_new (void)
{
  GArray *mentions = g_array_new (FALSE, TRUE, sizeof (PlxMention));

  g_array_set_clear_func (mentions, mention_clear);

  return mentions;
}

void
plx_mentions_add (GArray     *mentions,
                  PlxArticle *article,
                  guint       sentence,
                  const char *text)
{
  PlxMention mention = { article, sentence, g_strdup (text) };

  g_array_append_val (mentions, mention);
}

gboolean
plx_mentions_has_article (GArray     *mentions,
                          PlxArticle *article)
{
  for (guint i = 0; i < mentions->len; i++)
    if (g_array_index (mentions, PlxMention, i).article == article)
      return TRUE;

  return FALSE;
}

/**
 * plx_mentions_dup_articles:
 * @mentions: (element-type PlxMention): an entry's mentions
 *
 * Returns: (transfer container) (element-type PlxArticle): the articles
 *   (outlets) that state the entry, once each, in the order they do
 */
GPtrArray *
plx_mentions_dup_articles (GArray *mentions)
{
  GPtrArray *articles = g_ptr_array_new ();

  for (guint i = 0; i < mentions->len; i++)
    {
      PlxArticle *article = g_array_index (mentions, PlxMention, i).article;

      if (!g_ptr_array_find (articles, article, NULL))
        g_ptr_array_add (articles, article);
    }

  return articles;
}

/**
 * plx_mentions_summarise:
 * @what: what differs ("Quote worded differently")
 * @mentions: (element-type PlxMention): what each outlet says
 *
 * Returns: (transfer full): one line naming the outlets on each side:
 *   `what: “a” (outlet 1, outlet 2) / “b” (outlet 3)`
 */
char *
plx_mentions_summarise (const char *what,
                        GArray     *mentions)
{
  g_autoptr(GString) summary = g_string_new (what);
  g_autoptr(GHashTable) said = g_hash_table_new (g_str_hash, g_str_equal);

  g_string_append (summary, ": ");
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

      if (!g_hash_table_add (said, mention->text))
        continue;
      if (g_hash_table_size (said) > 1)
        g_string_append (summary, " / ");
      g_string_append_printf (summary, "“%s” (%s", mention->text, plx_article_get_display_name (mention->article));
      for (guint j = i + 1; j < mentions->len; j++)
        {
          const PlxMention *other = &g_array_index (mentions, PlxMention, j);

          if (g_str_equal (other->text, mention->text))
            g_string_append_printf (summary, ", %s", plx_article_get_display_name (other->article));
        }
      g_string_append_c (summary, ')');
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}
