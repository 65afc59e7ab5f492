/* plx-article-view.c: one article read whole, its sentences tinted by
 * how they compare with the other outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "plx-article-view.h"
#include "plx-marks.h"
#include "plx-sentence.h"

/* A sentence a row at a time, rather than the article as running prose
 * in one text view: each sentence then takes the classes of the
 * comparison's cells (style.css), so that its tint, its non-colour
 * border cue and the colour-blind palette are the comparison's own,
 * and the list stays virtualised however long the page.
 */

struct _PlxArticleView
{
  GtkWidget           parent_instance;

  PlxAlignment       *alignment;   /* nullable: no tints without it */
  PlxArticle         *article;
  guint               sentence;    /* the one activated, or G_MAXUINT */
  gboolean            show_boilerplate;

  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;    /* the sentences shown, of the article */
  GtkSingleSelection *selection;
  guint               scroll_tick_id;
  guint               scroll_position; /* to scroll to once laid out */

  /* Template widgets */
  GtkWidget          *title_box;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (PlxArticleView, plx_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_SHOW_BOILERPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSE_REQUESTED,
  SENTENCE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
role_css_class (PlxRole role)
{
  switch (role)
    {
    case PLX_ROLE_TITLE:
      return "role-title";
    case PLX_ROLE_HEADING:
      return "role-heading";
    case PLX_ROLE_BOILERPLATE:
      return "role-boilerplate";
    case PLX_ROLE_BODY:
    default:
      return "role-body";
    }
}

static gboolean
sentence_is_shown (gpointer item,
                   gpointer user_data)
{
  PlxArticleView *self = user_data;

  return self->show_boilerplate ||
         plx_sentence_get_role (PLX_SENTENCE (item)) != PLX_ROLE_BOILERPLATE;
}

/* Whether a line break comes between @sentence and the one before it:
 * the segmenter keeps the offsets, so the paragraphs can be read back
 * from the text between the two.
 */
static gboolean
starts_paragraph (PlxArticle  *article,
                  PlxSentence *sentence)
{
  guint index = plx_sentence_get_index (sentence);
  const char *text = plx_article_get_text (article);
  gsize length = plx_article_get_text_length (article);
  PlxSentence *previous;
  gsize start;
  gsize end;

  if (index == 0 || text == NULL)
    return FALSE;

  previous = plx_article_get_sentence (article, index - 1);
  if (previous == NULL)
    return FALSE;

  start = MIN (plx_sentence_get_end (previous), length);
  end = MIN (plx_sentence_get_start (sentence), length);

  return start < end && memchr (text + start, '\n', end - start) != NULL;
}

/* How the comparison shows the cell of this sentence's row, for a body
 * sentence that is in a row.
 */
static gboolean
sentence_match (PlxArticleView *self,
                PlxSentence    *sentence,
                PlxMatch       *match)
{
  PlxRow *row;

  if (self->alignment == NULL ||
      plx_sentence_get_role (sentence) != PLX_ROLE_BODY)
    return FALSE;

  row = plx_alignment_find_row (self->alignment, self->article,
                                plx_sentence_get_index (sentence));
  if (row == NULL)
    return FALSE;

  *match = plx_match_of_article (row, self->article);

  return TRUE;
}

static void
sentence_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);

  g_object_set (label,
                "wrap", TRUE,
                "wrap-mode", PANGO_WRAP_WORD_CHAR,
                "xalign", 0.0f,
                /* Only the natural width: the pane keeps to its own */
                "max-width-chars", 48,
                NULL);
  gtk_widget_add_css_class (label, "sentence");
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
sentence_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  PlxArticleView *self = user_data;
  PlxSentence *sentence = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  const char *text = plx_sentence_get_text (sentence);
  const char *classes[7] = { NULL, };
  guint n_classes = 0;
  PlxMatch match;

  /* The cells' class, for the tints and borders they share. */
  classes[n_classes++] = "comparison-cell";
  classes[n_classes++] = "article-sentence";
  classes[n_classes++] = role_css_class (plx_sentence_get_role (sentence));
  if (sentence_match (self, sentence, &match))
    classes[n_classes++] = plx_match_css_class (match);
  if (starts_paragraph (self->article, sentence))
    classes[n_classes++] = "paragraph-start";
  if (plx_sentence_get_index (sentence) == self->sentence)
    classes[n_classes++] = "activated";
  g_assert (n_classes < G_N_ELEMENTS (classes));

  gtk_widget_set_css_classes (box, classes);
  gtk_label_set_text (GTK_LABEL (label), text);

  if (sentence_match (self, sentence, &match))
    {
      g_autofree char *accessible = NULL;

      /* Translators: what a screen reader says of a sentence of the
       * article pane: how it compares ("reworded", "only in this
       * outlet"…), then the sentence
       */
      accessible = g_strdup_printf (_("%s: %s"), plx_match_label (match), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* The list view has had the "list.scroll-to-item" action since GTK 4.0;
 * gtk_list_view_scroll_to() only came with 4.12.
 */
static gboolean
plx_article_view_scroll_tick_cb (GtkWidget     *widget,
                                 GdkFrameClock *frame_clock,
                                 gpointer       user_data)
{
  PlxArticleView *self = user_data;

  /* Not laid out yet: the list would forget where to go. */
  if (gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;

  self->scroll_tick_id = 0;
  if (self->scroll_position < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)))
    gtk_widget_activate_action (widget, "list.scroll-to-item", "u", self->scroll_position);

  return G_SOURCE_REMOVE;
}

/* The pane may be opening: the scroll waits for the list to be laid
 * out, which a list never shown before is not.
 */
static void
plx_article_view_scroll_to (PlxArticleView *self,
                            guint           position)
{
  self->scroll_position = position;

  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)) &&
      gtk_widget_get_height (GTK_WIDGET (self->list_view)) > 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
      return;
    }

  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                         plx_article_view_scroll_tick_cb,
                                                         self, NULL);
}

/* The position among the sentences shown of @index, or of the first
 * shown after it.
 */
static guint
plx_article_view_find_position (PlxArticleView *self,
                                guint           index)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  for (guint i = 0; i < n_shown; i++)
    {
      g_autoptr(PlxSentence) sentence = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (plx_sentence_get_index (sentence) >= index)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Selects and scrolls to the activated sentence, or to the top. */
static void
plx_article_view_reveal_sentence (PlxArticleView *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->sentence != G_MAXUINT)
    position = plx_article_view_find_position (self, self->sentence);

  gtk_single_selection_set_selected (self->selection, position);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    plx_article_view_scroll_to (self, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

static void
plx_article_view_update_title (PlxArticleView *self)
{
  const char *title = NULL;

  if (self->article == NULL)
    {
      gtk_label_set_text (self->title_label, NULL);
      gtk_label_set_text (self->subtitle_label, NULL);
      gtk_widget_set_tooltip_text (self->title_box, NULL);
      return;
    }

  /* The headline from the metadata, else the one read in the text. */
  title = plx_article_get_title (self->article);
  for (guint i = 0; (title == NULL || *title == '\0') && i < plx_article_get_n_sentences (self->article); i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (self->article, i);

      if (plx_sentence_get_role (sentence) == PLX_ROLE_TITLE)
        title = plx_sentence_get_text (sentence);
    }

  gtk_label_set_text (self->title_label, plx_article_get_display_name (self->article));
  gtk_label_set_text (self->subtitle_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), title != NULL && *title != '\0');
  /* The subtitle is ellipsised: the whole headline on hover. */
  gtk_widget_set_tooltip_text (self->title_box, title);
}

/**
 * plx_article_view_show_article:
 * @self: a #PlxArticleView
 * @alignment: (nullable): the alignment @article is in, for the tints
 * @article: the article to show
 * @sentence: the index of the sentence to select and scroll to, or
 *   %G_MAXUINT for none
 *
 * Shows the whole of @article, each body sentence tinted as its cell
 * in the comparison is.
 */
void
plx_article_view_show_article (PlxArticleView *self,
                               PlxAlignment   *alignment,
                               PlxArticle     *article,
                               guint           sentence)
{
  gboolean article_changed;

  g_return_if_fail (PLX_IS_ARTICLE_VIEW (self));
  g_return_if_fail (alignment == NULL || PLX_IS_ALIGNMENT (alignment));
  g_return_if_fail (PLX_IS_ARTICLE (article));

  g_set_object (&self->alignment, alignment);
  article_changed = g_set_object (&self->article, article);
  self->sentence = sentence;

  /* Set afresh even for the same article: the tints and the activated
   * sentence are bound again.
   */
  gtk_filter_list_model_set_model (self->filtered, NULL);
  gtk_filter_list_model_set_model (self->filtered, plx_article_get_sentences (article));

  plx_article_view_update_title (self);
  plx_article_view_reveal_sentence (self);

  if (article_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * plx_article_view_set_alignment:
 * @self: a #PlxArticleView
 * @alignment: (nullable): a new alignment of the same corpus
 *
 * Tints the article shown after @alignment, keeping the sentence
 * selected in view.
 */
void
plx_article_view_set_alignment (PlxArticleView *self,
                                PlxAlignment   *alignment)
{
  g_return_if_fail (PLX_IS_ARTICLE_VIEW (self));
  g_return_if_fail (alignment == NULL || PLX_IS_ALIGNMENT (alignment));

  if (self->article == NULL)
    {
      g_set_object (&self->alignment, alignment);
      return;
    }

  /* The sentence the reader moved to, else the one activated. */
  if (gtk_single_selection_get_selected_item (self->selection) != NULL)
    self->sentence = plx_article_view_get_selected_sentence (self);

  plx_article_view_show_article (self, alignment, self->article, self->sentence);
}

/**
 * plx_article_view_clear:
 * @self: a #PlxArticleView
 *
 * Shows no article.
 */
void
plx_article_view_clear (PlxArticleView *self)
{
  g_return_if_fail (PLX_IS_ARTICLE_VIEW (self));

  gtk_filter_list_model_set_model (self->filtered, NULL);
  g_clear_object (&self->alignment);
  self->sentence = G_MAXUINT;

  if (self->article == NULL)
    return;

  g_clear_object (&self->article);
  plx_article_view_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * plx_article_view_get_article:
 * @self: a #PlxArticleView
 *
 * Returns: (transfer none) (nullable): the article shown
 */
PlxArticle *
plx_article_view_get_article (PlxArticleView *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_VIEW (self), NULL);

  return self->article;
}

/**
 * plx_article_view_get_selected_sentence:
 * @self: a #PlxArticleView
 *
 * Returns: the index in its article of the sentence selected, or
 *   %G_MAXUINT
 */
guint
plx_article_view_get_selected_sentence (PlxArticleView *self)
{
  PlxSentence *selected;

  g_return_val_if_fail (PLX_IS_ARTICLE_VIEW (self), G_MAXUINT);

  selected = gtk_single_selection_get_selected_item (self->selection);

  return selected != NULL ? plx_sentence_get_index (selected) : G_MAXUINT;
}

gboolean
plx_article_view_get_show_boilerplate (PlxArticleView *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_VIEW (self), FALSE);

  return self->show_boilerplate;
}

/**
 * plx_article_view_set_show_boilerplate:
 * @self: a #PlxArticleView
 * @show_boilerplate: whether to show the page furniture
 *
 * Shows the boilerplate (greyed) or hides it.
 */
void
plx_article_view_set_show_boilerplate (PlxArticleView *self,
                                       gboolean        show_boilerplate)
{
  g_return_if_fail (PLX_IS_ARTICLE_VIEW (self));

  show_boilerplate = !!show_boilerplate;
  if (self->show_boilerplate == show_boilerplate)
    return;

  self->show_boilerplate = show_boilerplate;
  if (show_boilerplate)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_BOILERPLATE]);
}

GtkListView *
plx_article_view_get_list_view (PlxArticleView *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_VIEW (self), NULL);

  return self->list_view;
}

/**
 * plx_article_view_get_n_shown:
 * @self: a #PlxArticleView
 *
 * Returns: how many sentences show, boilerplate hidden or not
 */
guint
plx_article_view_get_n_shown (PlxArticleView *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

const char *
plx_article_view_get_title (PlxArticleView *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_VIEW (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
plx_article_view_get_subtitle (PlxArticleView *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_VIEW (self), NULL);

  return gtk_label_get_text (self->subtitle_label);
}

/* Enter or a double click on a sentence: its row in the comparison. */
static void
plx_article_view_activate_cb (PlxArticleView *self,
                              guint           position,
                              GtkListView    *list_view)
{
  g_autoptr(PlxSentence) sentence = NULL;

  sentence = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  if (sentence == NULL || self->article == NULL)
    return;

  g_signal_emit (self, signals[SENTENCE_ACTIVATED], 0,
                 self->article, plx_sentence_get_index (sentence));
}

static void
plx_article_view_close_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSE_REQUESTED], 0);
}

static void
plx_article_view_dispose (GObject *object)
{
  PlxArticleView *self = (PlxArticleView *)object;
  GtkWidget *child;

  if (self->list_view != NULL)
    {
      if (self->scroll_tick_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->scroll_tick_id);
      self->scroll_tick_id = 0;
      gtk_list_view_set_model (self->list_view, NULL);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_ARTICLE_VIEW);

  /* GTK 4.8 only lets go of the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->alignment);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (plx_article_view_parent_class)->dispose (object);
}

static void
plx_article_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlxArticleView *self = PLX_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_SHOW_BOILERPLATE:
      g_value_set_boolean (value, self->show_boilerplate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlxArticleView *self = PLX_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_BOILERPLATE:
      plx_article_view_set_show_boilerplate (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_view_class_init (PlxArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_article_view_dispose;
  object_class->get_property = plx_article_view_get_property;
  object_class->set_property = plx_article_view_set_property;

  /**
   * PlxArticleView:article:
   *
   * The article shown, or %NULL.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         PLX_TYPE_ARTICLE,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PlxArticleView:show-boilerplate:
   *
   * Whether the page furniture shows, greyed; bound to the setting of
   * the same name.
   */
  properties[PROP_SHOW_BOILERPLATE] =
    g_param_spec_boolean ("show-boilerplate", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxArticleView::close-requested:
   * @self: the view
   *
   * The close button was clicked, or Escape pressed in the view: its
   * container should hide it.
   */
  signals[CLOSE_REQUESTED] =
    g_signal_new ("close-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PlxArticleView::sentence-activated:
   * @self: the view
   * @article: the article shown
   * @sentence: the index in @article of the sentence activated
   *
   * A sentence was activated (Enter, double click): the comparison
   * can show its row.
   */
  signals[SENTENCE_ACTIVATED] =
    g_signal_new ("sentence-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  PLX_TYPE_ARTICLE,
                  G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxArticleView, title_box);
  gtk_widget_class_bind_template_child (widget_class, PlxArticleView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticleView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlxArticleView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, plx_article_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "article-view.close", NULL, plx_article_view_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "article-view.close", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plx_article_view_init (PlxArticleView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkLayoutManager *layout;

  self->sentence = G_MAXUINT;
  self->show_boilerplate = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->filter = gtk_custom_filter_new (sentence_is_shown, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->selection = g_object_new (GTK_TYPE_SINGLE_SELECTION,
                                  "autoselect", FALSE,
                                  "can-unselect", TRUE,
                                  "model", self->filtered,
                                  NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (sentence_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (sentence_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * plx_article_view_new:
 *
 * Returns: (transfer floating): a new view showing no article
 */
GtkWidget *
plx_article_view_new (void)
{
  return g_object_new (PLX_TYPE_ARTICLE_VIEW, NULL);
}
