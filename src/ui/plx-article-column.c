/* plx-article-column.c: one article shown as a column of sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-article-column.h"
#include "plx-sentence.h"

/* The v1 view: a header naming the outlet and the headline, then every
 * sentence of the article in a virtualised list, styled by its role.
 * The aligned comparison view replaces this in a later release.
 */

struct _PlxArticleColumn
{
  GtkWidget    parent_instance;

  PlxArticle  *article;

  /* Template widgets */
  GtkLabel    *outlet_label;
  GtkLabel    *title_label;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (PlxArticleColumn, plx_article_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * plx_article_column_role_css_class:
 * @role: a #PlxRole
 *
 * Returns: the CSS class that styles a sentence of @role: "title",
 *   "heading", "boilerplate" or "body"
 */
const char *
plx_article_column_role_css_class (PlxRole role)
{
  switch (role)
    {
    case PLX_ROLE_TITLE:
      return "title";
    case PLX_ROLE_HEADING:
      return "heading";
    case PLX_ROLE_BOILERPLATE:
      return "boilerplate";
    case PLX_ROLE_BODY:
    default:
      return "body";
    }
}

static void
plx_article_column_setup_item_cb (GtkSignalListItemFactory *factory,
                                  GtkListItem              *item,
                                  gpointer                  user_data)
{
  GtkWidget *label;

  /* Without width-chars, GtkLabel finds the minimum width of a
   * word-char wrapping label by laying it out at width 0, one character
   * a line, which is quadratic in Pango: five times slower for the
   * sample corpus. 25 characters stays well under a column's width.
   */
  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", 25,
                        "selectable", FALSE,
                        NULL);
  gtk_list_item_set_child (item, label);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
}

static void
plx_article_column_bind_item_cb (GtkSignalListItemFactory *factory,
                                 GtkListItem              *item,
                                 gpointer                  user_data)
{
  PlxSentence *sentence = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *classes[] = { "sentence", NULL, NULL };

  /* Rows are recycled, so the role class is set afresh, not added. */
  classes[1] = plx_article_column_role_css_class (plx_sentence_get_role (sentence));
  gtk_widget_set_css_classes (label, classes);
  gtk_label_set_text (GTK_LABEL (label), plx_sentence_get_text (sentence));
}

static void
plx_article_column_set_article (PlxArticleColumn *self,
                                PlxArticle       *article)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  const char *display_name;
  const char *title;
  const char *file;

  g_assert (self->article == NULL);

  if (article == NULL)
    return;

  self->article = g_object_ref (article);

  display_name = plx_article_get_display_name (article);
  title = plx_article_get_title (article);
  file = plx_article_get_file (article);

  gtk_label_set_text (self->outlet_label, display_name);
  /* An article without a headline keeps an empty line here, so that
   * the sentences of every column start at the same height.
   */
  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->outlet_label), file);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, display_name,
                                  -1);

  selection = gtk_no_selection_new (g_object_ref (plx_article_get_sentences (article)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

static void
plx_article_column_dispose (GObject *object)
{
  PlxArticleColumn *self = (PlxArticleColumn *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_ARTICLE_COLUMN);

  /* dispose_template() unparents only the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (plx_article_column_parent_class)->dispose (object);
}

static void
plx_article_column_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlxArticleColumn *self = PLX_ARTICLE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_column_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlxArticleColumn *self = PLX_ARTICLE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      plx_article_column_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_column_class_init (PlxArticleColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_article_column_dispose;
  object_class->get_property = plx_article_column_get_property;
  object_class->set_property = plx_article_column_set_property;

  /**
   * PlxArticleColumn:article:
   *
   * The article the column shows.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         PLX_TYPE_ARTICLE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-article-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxArticleColumn, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticleColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlxArticleColumn, list_view);
  gtk_widget_class_bind_template_callback (widget_class, plx_article_column_setup_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_article_column_bind_item_cb);

  gtk_widget_class_set_css_name (widget_class, "plxarticlecolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plx_article_column_init (PlxArticleColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * plx_article_column_new:
 * @article: the article to show
 *
 * Returns: (transfer floating): a new column showing @article
 */
GtkWidget *
plx_article_column_new (PlxArticle *article)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  return g_object_new (PLX_TYPE_ARTICLE_COLUMN,
                       "article", article,
                       NULL);
}

/**
 * plx_article_column_get_article:
 * @self: a #PlxArticleColumn
 *
 * Returns: (transfer none): the article shown
 */
PlxArticle *
plx_article_column_get_article (PlxArticleColumn *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE_COLUMN (self), NULL);

  return self->article;
}
