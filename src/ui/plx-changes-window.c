/* plx-changes-window.c: what a later version of an article changed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row per sentence edited, added or removed (plx_version_changes()),
 * in the order of the later version. An edited sentence shows its words
 * against the earlier version's as a row of the comparison shows them
 * against its reference; a quote, number, date or title changed is
 * marked as a conflict and named above the sentence.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-changes-window.h"
#include "plx-dates.h"
#include "plx-marks.h"
#include "plx-sentence.h"
#include "plx-version-changes.h"

struct _PlxChangesWindow
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkListBox      *list_box;

  GPtrArray       *texts;       /* char *: each change's sentence, as shown */
  guint            n_factual;
};

G_DEFINE_FINAL_TYPE (PlxChangesWindow, plx_changes_window, ADW_TYPE_WINDOW)

static const char *
change_heading (const PlxSentenceChange *change,
                gboolean                 factual)
{
  switch (change->kind)
    {
    case PLX_CHANGE_ADDED:
      /* Translators: above a sentence that a later version of an article added */
      return _("Added");
    case PLX_CHANGE_REMOVED:
      /* Translators: above a sentence that a later version of an article removed */
      return _("Removed");
    case PLX_CHANGE_EDITED:
    default:
      return factual
        /* Translators: above a sentence of a later version of an article
         * in which a quote, a figure, a date or a person's title changed */
        ? _("Edited: a quote, figure, date or title changed")
        /* Translators: above a sentence a later version of an article reworded */
        : _("Edited");
    }
}

static GtkWidget *
change_row (PlxChangesWindow        *self,
            PlxArticle              *previous,
            PlxArticle              *article,
            const PlxSentenceChange *change)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  GString *text = g_string_new (NULL);
  gboolean factual = plx_sentence_change_is_factual (change);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new (change_heading (change, factual));
  GtkWidget *sentence = gtk_label_new (NULL);

  switch (change->kind)
    {
    case PLX_CHANGE_ADDED:
      plx_marks_append (text, attrs, PLX_MARK_INSERT,
                        plx_sentence_get_text (plx_article_get_sentence (article, change->sentence)));
      break;
    case PLX_CHANGE_REMOVED:
      plx_marks_append (text, attrs, PLX_MARK_DELETE,
                        plx_sentence_get_text (plx_article_get_sentence (previous, change->previous)));
      break;
    case PLX_CHANGE_EDITED:
    default:
      plx_marks_append_diff (text, attrs,
                             plx_sentence_get_text (plx_article_get_sentence (article, change->sentence)),
                             change->diff, TRUE);
      break;
    }

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_widget_add_css_class (heading, factual ? "warning" : "dim-label");

  gtk_label_set_text (GTK_LABEL (sentence), text->str);
  gtk_label_set_attributes (GTK_LABEL (sentence), attrs);
  gtk_label_set_wrap (GTK_LABEL (sentence), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (sentence), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (sentence), 0);
  gtk_label_set_selectable (GTK_LABEL (sentence), TRUE);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), sentence);

  self->n_factual += factual;
  g_ptr_array_add (self->texts, g_string_free (text, FALSE));

  return box;
}

/* "Since the version of 2 March 2026", or of the previous version when
 * it has no date. */
static char *
dup_subtitle (PlxArticle *previous)
{
  const char *when = plx_article_get_published (previous);
  g_autofree char *day = NULL;
  g_autofree char *readable = NULL;

  if (when == NULL)
    when = plx_article_get_date (previous);
  if (when != NULL && strlen (when) >= 10)
    day = g_strndup (when, 10);
  if (day != NULL)
    readable = plx_date_format_readable (day, PLX_PRECISION_DAY);

  if (readable == NULL)
    /* Translators: the subtitle of the window of an article's changes */
    return g_strdup (_("Since the previous version"));

  /* Translators: the subtitle of the window of an article's changes; %s
   * is the date of the version before, “2 March 2026” */
  return g_strdup_printf (_("Since the version of %s"), readable);
}

static void
plx_changes_window_show (PlxChangesWindow *self,
                         PlxArticle       *previous,
                         PlxArticle       *article)
{
  g_autoptr(GArray) changes = plx_version_changes (previous, article);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = dup_subtitle (previous);

  /* Translators: the title of the window of an article's changes; %s is
   * the outlet, “Changes in Reuters” */
  title = g_strdup_printf (_("Changes in %s"), plx_article_get_display_name (article));
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  for (guint i = 0; i < changes->len; i++)
    gtk_list_box_append (self->list_box,
                         change_row (self, previous, article, &g_array_index (changes, PlxSentenceChange, i)));

  gtk_stack_set_visible_child_name (self->stack, changes->len > 0 ? "changes" : "none");
}

static void
plx_changes_window_finalize (GObject *object)
{
  PlxChangesWindow *self = PLX_CHANGES_WINDOW (object);

  g_clear_pointer (&self->texts, g_ptr_array_unref);

  G_OBJECT_CLASS (plx_changes_window_parent_class)->finalize (object);
}

static void
plx_changes_window_class_init (PlxChangesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = plx_changes_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-changes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxChangesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlxChangesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxChangesWindow, list_box);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
plx_changes_window_init (PlxChangesWindow *self)
{
  self->texts = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * plx_changes_window_new:
 * @parent: (nullable): the window it belongs to
 * @previous: an earlier version of @article
 * @article: the later version
 *
 * Returns: (transfer none): a new window showing what @article changed
 *   from @previous, not shown yet
 */
GtkWidget *
plx_changes_window_new (GtkWindow  *parent,
                        PlxArticle *previous,
                        PlxArticle *article)
{
  PlxChangesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PLX_IS_ARTICLE (previous), NULL);
  g_return_val_if_fail (PLX_IS_ARTICLE (article), NULL);

  self = g_object_new (PLX_TYPE_CHANGES_WINDOW, "transient-for", parent, NULL);
  plx_changes_window_show (self, previous, article);

  return GTK_WIDGET (self);
}

guint
plx_changes_window_get_n_changes (PlxChangesWindow *self)
{
  g_return_val_if_fail (PLX_IS_CHANGES_WINDOW (self), 0);

  return self->texts->len;
}

guint
plx_changes_window_get_n_factual (PlxChangesWindow *self)
{
  g_return_val_if_fail (PLX_IS_CHANGES_WINDOW (self), 0);

  return self->n_factual;
}

const char *
plx_changes_window_get_text (PlxChangesWindow *self,
                             guint             index)
{
  g_return_val_if_fail (PLX_IS_CHANGES_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->texts->len, NULL);

  return g_ptr_array_index (self->texts, index);
}
