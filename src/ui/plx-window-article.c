/* plx-window-article.c: the pane in which the window shows an article
 * whole, part of PlxWindow
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-article-view.h"
#include "plx-changes-window.h"
#include "plx-window-private.h"

/* The pane slides in over the end of the comparison (the ledger's side)
 * rather than beside it: the columns keep their widths, so the window
 * stays readable at 1200 pixels, and the comparison stays live under
 * it: another cell double-clicked shows its article in the same pane.
 */

/**
 * plx_window_show_article:
 * @self: a #PlxWindow
 * @article: an article of the corpus shown
 * @sentence: the index of the sentence to show and highlight, or
 *   %G_MAXUINT for none
 *
 * Opens the article pane on @article.
 */
void
plx_window_show_article (PlxWindow  *self,
                         PlxArticle *article,
                         guint       sentence)
{
  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (PLX_IS_ARTICLE (article));

  plx_article_view_show_article (self->article_view, self->alignment, article, sentence);
  gtk_revealer_set_reveal_child (self->article_revealer, TRUE);

  /* The keyboard follows: arrows read on, Escape closes. */
  gtk_widget_grab_focus (GTK_WIDGET (plx_article_view_get_list_view (self->article_view)));
}

/**
 * plx_window_close_article:
 * @self: a #PlxWindow
 *
 * Closes the article pane, if open, and gives the keyboard back to the
 * comparison.
 *
 * Returns: whether the pane was open
 */
gboolean
plx_window_close_article (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);

  if (!gtk_revealer_get_reveal_child (self->article_revealer))
    return FALSE;

  gtk_revealer_set_reveal_child (self->article_revealer, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (plx_comparison_view_get_column_view (self->comparison_view)));

  return TRUE;
}

static gboolean
corpus_contains (PlxCorpus  *corpus,
                 PlxArticle *article)
{
  guint n_articles;

  if (corpus == NULL)
    return FALSE;

  n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  for (guint i = 0; i < n_articles; i++)
    {
      if (plx_corpus_get_article (corpus, i) == article)
        return TRUE;
    }

  return FALSE;
}

/**
 * plx_window_article_sync:
 * @self: a #PlxWindow
 *
 * Follows a change of corpus or alignment: the article shown takes the
 * tints of the new alignment, or the pane closes if its article is no
 * longer in the corpus.
 */
void
plx_window_article_sync (PlxWindow *self)
{
  PlxArticle *article = plx_article_view_get_article (self->article_view);

  if (article == NULL)
    return;

  if (self->alignment == NULL || !corpus_contains (self->corpus, article))
    {
      gtk_revealer_set_reveal_child (self->article_revealer, FALSE);
      plx_article_view_clear (self->article_view);
      return;
    }

  plx_article_view_set_alignment (self->article_view, self->alignment);
}

/* A double-clicked cell, or Enter on a row (the reference's article).
 * An empty cell opens its outlet's article at the top.
 */
static void
plx_window_cell_activated_cb (PlxWindow         *self,
                              PlxRow            *row,
                              PlxArticle        *article,
                              PlxComparisonView *view)
{
  const PlxRowMember *member = plx_row_find_member (row, article);

  plx_window_show_article (self, article, member != NULL ? member->sentence : G_MAXUINT);
}

static void
plx_window_article_close_cb (PlxWindow      *self,
                             PlxArticleView *view)
{
  plx_window_close_article (self);
}

/* "win.show-changes": what the article, a later version, changed from
 * the version before, in a window of its own. */
static void
plx_window_show_changes_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  PlxArticle *article = NULL;
  PlxArticle *previous = NULL;

  if (self->corpus != NULL)
    article = plx_corpus_find_article (self->corpus, g_variant_get_string (parameter, NULL));
  if (article != NULL && self->alignment != NULL)
    previous = plx_alignment_find_previous_version (self->alignment, article);
  if (previous == NULL)
    return;

  gtk_window_present (GTK_WINDOW (plx_changes_window_new (GTK_WINDOW (self), previous, article)));
}

void
plx_window_article_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (PLX_TYPE_ARTICLE_VIEW);

  gtk_widget_class_bind_template_child (widget_class, PlxWindow, article_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, article_view);
  gtk_widget_class_bind_template_callback (widget_class, plx_window_cell_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_window_article_close_cb);
  gtk_widget_class_install_action (widget_class, "win.show-changes", "s", plx_window_show_changes_action);
}

/* For the tests, see plx-window-private.h */

GtkRevealer *
plx_window_get_article_revealer (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->article_revealer;
}

PlxArticleView *
plx_window_get_article_view (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->article_view;
}
