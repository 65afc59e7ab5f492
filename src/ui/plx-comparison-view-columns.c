/* plx-comparison-view-columns.c: the columns of a PlxComparisonView,
 * one per outlet shown after the gutter, and the cells their factories
 * fill, part of PlxComparisonView
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "plx-article.h"
#include "plx-comparison-cell.h"
#include "plx-comparison-view-private.h"
#include "plx-match.h"
#include "plx-row-menu.h"

/* What a column's factory needs to fill its cells. The view owns the
 * columns, so it outlives them and is not referenced.
 */
typedef struct
{
  PlxComparisonView *self;
  PlxArticle        *article;  /* NULL for the gutter */
} ColumnData;

static void
column_data_free (gpointer data,
                  GClosure *closure)
{
  ColumnData *column_data = data;

  g_clear_object (&column_data->article);
  g_free (column_data);
}

/* What the gutter of a row says: its discrepancies, whether the editor
 * corrected it, the editor's note; "" when none. */
static char *
gutter_text (const char *summary,
             guint       sources,
             guint       outlets,
             gboolean    corrected,
             const char *note)
{
  GString *text = g_string_new (summary);

  /* Some outlets re-run another's text: fewer sources than outlets. */
  if (sources > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: the tooltip of a row some of whose outlets copy
       * another's text: “3 independent sources among 5 outlets”
       */
      g_string_append_printf (text, ngettext ("%u independent source among %u outlets",
                                              "%u independent sources among %u outlets", sources),
                              sources, outlets);
    }

  if (corrected)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: the tooltip of a row that the editor corrected by hand */
      g_string_append (text, _("Corrected by the editor"));
    }
  if (note != NULL)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: the tooltip of a row with the editor's note; %s is the note */
      g_string_append_printf (text, _("Note: %s"), note);
    }

  return g_string_free (text, FALSE);
}

static gboolean
gutter_query_tooltip_cb (GtkWidget  *box,
                         int         x,
                         int         y,
                         gboolean    keyboard_tooltip,
                         GtkTooltip *tooltip,
                         gpointer    user_data)
{
  g_autofree char *text = gutter_text (g_object_get_data (G_OBJECT (box), "plx-summary"),
                                       GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "plx-sources")),
                                       GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (box), "plx-outlets")),
                                       g_object_get_data (G_OBJECT (box), "plx-corrected") != NULL,
                                       g_object_get_data (G_OBJECT (box), "plx-note"));

  if (*text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static GtkWidget *
gutter_cell_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *corrected = gtk_image_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *note = gtk_image_new_from_icon_name ("chat-message-new-symbolic");

  gtk_widget_add_css_class (box, "gutter");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (icon, "discrepancy-icon");
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_widget_add_css_class (corrected, "dim-label");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), corrected);
  gtk_box_append (GTK_BOX (box), note);

  /* The tooltip is asked for when the pointer rests on the gutter, as
   * in the cells (plx-comparison-cell.c says why).
   */
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (gutter_query_tooltip_cb), NULL);

  return box;
}

static void
cell_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  ColumnData *data = user_data;
  GtkListItem *item = g_object_get_data (G_OBJECT (gesture), "plx-list-item");
  PlxRow *row = gtk_list_item_get_item (item);

  /* The first click selects the row, as ever. */
  if (n_press != 2 || row == NULL)
    return;

  /* Claimed, so that the row does not also activate. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  plx_comparison_view_cell_activated (data->self, row, data->article);
}

/* The first sentence of the cell's outlet in @row, or NULL. */
static const PlxRowMember *
cell_member (ColumnData  *data,
             GtkListItem *item)
{
  PlxRow *row = gtk_list_item_get_item (item);

  return row != NULL ? plx_row_find_member (row, data->article) : NULL;
}

/* A right click, or a long press, on a cell: its outlet's menu. */
static void
cell_menu_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      gpointer         user_data)
{
  ColumnData *data = user_data;
  GtkListItem *item = g_object_get_data (G_OBJECT (gesture), "plx-list-item");
  PlxRow *row = gtk_list_item_get_item (item);

  if (row == NULL || cell_member (data, item) == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  plx_row_menu_popup (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)),
                      row, data->article, x, y);
}

/* Dragging a cell carries its sentence: "article id", a unit separator,
 * the sentence's index. */
static GdkContentProvider *
cell_drag_prepare_cb (GtkDragSource *source,
                      double         x,
                      double         y,
                      gpointer       user_data)
{
  ColumnData *data = user_data;
  GtkListItem *item = g_object_get_data (G_OBJECT (source), "plx-list-item");
  const PlxRowMember *member = cell_member (data, item);
  g_autofree char *text = NULL;

  if (member == NULL)
    return NULL;

  text = g_strdup_printf ("%s\x1f%u", plx_article_get_id (member->article), member->sentence);

  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

/* A cell dropped on another row: its sentence joins that row. */
static gboolean
cell_drop_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              gpointer       user_data)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (target), "plx-list-item");
  PlxRow *row = gtk_list_item_get_item (item);
  const char *text = g_value_get_string (value);
  const char *separator = text != NULL ? strchr (text, '\x1f') : NULL;
  g_autofree char *id = NULL;
  const PlxRowMember *onto;
  guint64 sentence;

  if (row == NULL || separator == NULL || !g_ascii_string_to_unsigned (separator + 1, 10, 0, G_MAXUINT, &sentence, NULL))
    return FALSE;

  id = g_strndup (text, separator - text);
  onto = plx_row_get_member (row, plx_row_get_reference (row));

  return gtk_widget_activate_action (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)),
                                     "win.join-row", "((su)(su))", id, (guint) sentence,
                                     plx_article_get_id (onto->article), onto->sentence);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  ColumnData *data = user_data;
  GtkGesture *gesture;
  GtkWidget *cell;

  if (data->article == NULL)
    {
      gtk_list_item_set_child (item, gutter_cell_new ());
      return;
    }

  /* The column view's activate says which row, not which outlet: a
   * double click on a cell says both. The item owns the cell, and so
   * outlives the gesture.
   */
  cell = plx_comparison_cell_new ();
  gesture = gtk_gesture_click_new ();
  g_object_set_data (G_OBJECT (gesture), "plx-list-item", item);
  g_signal_connect (gesture, "pressed", G_CALLBACK (cell_pressed_cb), data);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_object_set_data (G_OBJECT (gesture), "plx-list-item", item);
  g_signal_connect (gesture, "pressed", G_CALLBACK (cell_menu_pressed_cb), data);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (gesture));

  {
    GtkDragSource *source = gtk_drag_source_new ();
    GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

    gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
    g_object_set_data (G_OBJECT (source), "plx-list-item", item);
    g_signal_connect (source, "prepare", G_CALLBACK (cell_drag_prepare_cb), data);
    gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (source));
    g_object_set_data (G_OBJECT (target), "plx-list-item", item);
    g_signal_connect (target, "drop", G_CALLBACK (cell_drop_cb), data);
    gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (target));
  }
  gtk_list_item_set_child (item, cell);
}

/* A statement one outlet splits over two sentences gives the row two
 * members from one article: the cell shows them both, and the gutter
 * counts the outlet once.
 */
static void
gutter_cell_bind (ColumnData  *data,
                  GtkListItem *item,
                  PlxRow      *row)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *count = gtk_widget_get_first_child (box);
  GtkWidget *icon = gtk_widget_get_next_sibling (count);
  GtkWidget *corrected = gtk_widget_get_next_sibling (icon);
  GtkWidget *note = gtk_widget_get_next_sibling (corrected);
  g_autofree char *description = NULL;
  const char *summary;
  guint outlets = plx_match_count_outlets (row);
  guint sources;
  g_autofree char *text = NULL;

  /* Translators: how many outlets carry a row, of how many there are */
  text = g_strdup_printf (_("%u/%u"), outlets, data->self->n_articles);
  sources = plx_alignment_count_sources (data->self->alignment, row);
  /* Fewer sources than outlets: the count of sources under it. */
  if (sources < outlets)
    {
      g_autofree char *carried = g_steal_pointer (&text);
      g_autofree char *counted = NULL;

      /* Translators: under a row's count of outlets, when some copy
       * another's text: how many independent sources carry it, “2 sources”
       */
      counted = g_strdup_printf (ngettext ("%u source", "%u sources", sources), sources);
      text = g_strconcat (carried, "\n", counted, NULL);
    }
  gtk_label_set_text (GTK_LABEL (count), text);
  g_object_set_data (G_OBJECT (box), "plx-sources",
                     sources < outlets ? GUINT_TO_POINTER (sources) : NULL);
  g_object_set_data (G_OBJECT (box), "plx-outlets", GUINT_TO_POINTER (outlets));

  /* The view owns the summaries, and outlives its cells. */
  summary = g_hash_table_lookup (data->self->discrepancies, GUINT_TO_POINTER (plx_row_get_id (row)));
  gtk_widget_set_visible (icon, summary != NULL);
  g_object_set_data (G_OBJECT (box), "plx-summary", (gpointer) summary);
  /* The row owns its note, and outlives its cells. */
  gtk_widget_set_visible (corrected, plx_row_get_corrected (row));
  gtk_widget_set_visible (note, plx_row_get_note (row) != NULL);
  g_object_set_data (G_OBJECT (box), "plx-corrected", GINT_TO_POINTER (plx_row_get_corrected (row)));
  g_object_set_data (G_OBJECT (box), "plx-note", (gpointer) plx_row_get_note (row));

  description = gutter_text (summary, sources < outlets ? sources : 0, outlets,
                             plx_row_get_corrected (row), plx_row_get_note (row));
  if (*description != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Does @article state, in its sentence of @row, the ledger entry whose
 * mentions are outlined? */
gboolean
plx_comparison_view_cell_is_mentioned (PlxComparisonView *self,
                                       PlxRow            *row,
                                       PlxArticle        *article)
{
  GHashTable *sentences;

  if (self->mentions == NULL || row == NULL ||
      (sentences = g_hash_table_lookup (self->mentions, article)) == NULL)
    return FALSE;

  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      if (member->article == article &&
          g_hash_table_contains (sentences, GUINT_TO_POINTER (member->sentence + 1)))
        return TRUE;
    }

  return FALSE;
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ColumnData *data = user_data;
  PlxRow *row = gtk_list_item_get_item (item);
  PlxComparisonCell *cell;

  if (data->article == NULL)
    {
      gutter_cell_bind (data, item, row);
      return;
    }

  cell = PLX_COMPARISON_CELL (gtk_list_item_get_child (item));
  plx_comparison_cell_bind (cell, row, data->article);
  plx_comparison_cell_set_mentioned (cell, plx_comparison_view_cell_is_mentioned (data->self, row, data->article));
  g_hash_table_add (data->self->bound_cells, cell);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  ColumnData *data = user_data;
  GtkWidget *child = gtk_list_item_get_child (item);

  if (data->article != NULL && child != NULL && data->self->bound_cells != NULL)
    g_hash_table_remove (data->self->bound_cells, child);
}

/**
 * plx_comparison_view_update_titles:
 *
 * Heads each column with its outlet's name, and says which are copies.
 */
void
plx_comparison_view_update_titles (PlxComparisonView *self)
{
  GHashTableIter iter;
  gpointer article, column;

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, &article, &column))
    {
      g_autofree char *title = plx_copy_dup_heading (article, self->alignment != NULL
                                                              ? plx_alignment_find_copy (self->alignment, article)
                                                              : NULL);

      gtk_column_view_column_set_title (column, title);
    }
}

static void
column_title_cb (PlxArticle          *article,
                 GParamSpec          *pspec,
                 GtkColumnViewColumn *column)
{
  PlxComparisonView *self = g_object_get_data (G_OBJECT (column), "plx-view");

  if (self != NULL)
    plx_comparison_view_update_titles (self);
}

GtkColumnViewColumn *
plx_comparison_view_add_column (PlxComparisonView *self,
                                PlxArticle        *article,
                                guint              position)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  ColumnData *data = g_new0 (ColumnData, 1);

  data->self = self;
  data->article = article != NULL ? g_object_ref (article) : NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), data);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), data);
  g_signal_connect (factory, "teardown", G_CALLBACK (cell_unbind_cb), data);
  g_signal_connect_data (factory, "bind", G_CALLBACK (cell_bind_cb), data,
                         column_data_free, 0);

  if (article != NULL)
    {
      g_autoptr(GMenu) header_menu = g_menu_new ();
      g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename Outlet…"), NULL);

      column = gtk_column_view_column_new (plx_article_get_display_name (article),
                                           g_steal_pointer (&factory));
      gtk_column_view_column_set_expand (column, TRUE);
      /* A right click on the header renames the outlet; the header
       * follows the name. */
      g_menu_item_set_action_and_target (rename, "win.rename-outlet", "s", plx_article_get_id (article));
      g_menu_append_item (header_menu, rename);
      /* A later version of an article: what it changed. */
      if (self->alignment != NULL && plx_alignment_find_previous_version (self->alignment, article) != NULL)
        {
          g_autoptr(GMenuItem) changes = g_menu_item_new (_("Show _Changes from Previous Version"), NULL);

          g_menu_item_set_action_and_target (changes, "win.show-changes", "s", plx_article_get_id (article));
          g_menu_append_item (header_menu, changes);
        }
      gtk_column_view_column_set_header_menu (column, G_MENU_MODEL (header_menu));
      g_object_set_data (G_OBJECT (column), "plx-view", self);
      g_signal_connect_object (article, "notify::display-name", G_CALLBACK (column_title_cb), column, 0);
    }
  else
    {
      /* Translators: the header of the narrow first column, which says
       * how many outlets carry each row
       */
      column = gtk_column_view_column_new (_("Outlets"), g_steal_pointer (&factory));
      gtk_column_view_column_set_fixed_width (column, 84);
    }
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_insert_column (self->column_view, position, column);
  if (article != NULL)
    g_hash_table_insert (self->columns, article, column);

  return column;
}

void
plx_comparison_view_clear_columns (PlxComparisonView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
  g_hash_table_remove_all (self->columns);
}

/* How many outlets get a column when a corpus opens; the others are a
 * check item away in the view menu. A column per article of a corpus of
 * hundreds would be unreadable, and every row would build a cell for
 * each.
 */
#define MAX_OPENING_COLUMNS 12

/* How many rows each article shares with other outlets. */
static GHashTable *
count_shared_rows (PlxAlignment *alignment)
{
  GHashTable *counts = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (alignment)); i++)
    {
      PlxRow *row = plx_alignment_get_row (alignment, i);

      if (plx_match_count_outlets (row) < 2)
        continue;

      for (guint j = 0; j < plx_row_get_n_members (row); j++)
        {
          PlxArticle *article = plx_row_get_member (row, j)->article;

          g_hash_table_insert (counts, article,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, article)) + 1));
        }
    }

  return counts;
}

typedef struct
{
  PlxArticle *article;
  guint       n_shared;
  guint       position;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->n_shared != y->n_shared)
    return x->n_shared > y->n_shared ? -1 : 1;

  return (x->position > y->position) - (x->position < y->position);
}

/* The articles that get a column at first: all of a small corpus; of a
 * large one, the pivot and those sharing the most rows with others.
 */
GHashTable *
plx_comparison_view_choose_columns (PlxComparisonView *self,
                                    PlxCorpus         *corpus)
{
  GHashTable *chosen = g_hash_table_new (NULL, NULL);
  PlxArticle *pivot = plx_alignment_get_pivot (self->alignment);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GHashTable) shared = NULL;
  g_autoptr(GHashTable) left_out = g_hash_table_new (NULL, NULL);

  if (self->n_articles > MAX_OPENING_COLUMNS)
    shared = count_shared_rows (self->alignment);

  /* An earlier version makes way for the latest; a copy, unless copies
   * are shown, for its original. The outlet chooser shows them all. */
  for (guint i = 0; i < self->n_articles; i++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, i);
      PlxArticle *previous = plx_alignment_find_previous_version (self->alignment, article);

      if (previous != NULL && previous != pivot)
        g_hash_table_add (left_out, previous);
      if (self->hide_copies && article != pivot && plx_alignment_find_copy (self->alignment, article) != NULL)
        g_hash_table_add (left_out, article);
    }

  for (guint i = 0; i < self->n_articles; i++)
    {
      Candidate candidate = { plx_corpus_get_article (corpus, i), 0, i };

      if (g_hash_table_contains (left_out, candidate.article))
        continue;
      if (shared != NULL)
        candidate.n_shared = candidate.article == pivot
          ? G_MAXUINT
          : GPOINTER_TO_UINT (g_hash_table_lookup (shared, candidate.article));
      g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < MIN (candidates->len, MAX_OPENING_COLUMNS); i++)
    g_hash_table_add (chosen, g_array_index (candidates, Candidate, i).article);

  return chosen;
}

/**
 * plx_comparison_view_get_article_column:
 * @self: a #PlxComparisonView
 * @article: an article of the corpus shown
 *
 * Returns: (transfer none) (nullable): the column of @article
 */
GtkColumnViewColumn *
plx_comparison_view_get_article_column (PlxComparisonView *self,
                                        PlxArticle        *article)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return g_hash_table_lookup (self->columns, article);
}

/**
 * plx_comparison_view_set_article_visible:
 * @self: a #PlxComparisonView
 * @article: an article of the corpus shown
 * @visible: whether it has a column
 *
 * Shows or hides the column of @article. A shown column takes its place
 * in the order of the corpus.
 */
void
plx_comparison_view_set_article_visible (PlxComparisonView *self,
                                         PlxArticle        *article,
                                         gboolean           visible)
{
  GtkColumnViewColumn *column;
  PlxCorpus *corpus;
  guint position = 1;

  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  if (self->alignment == NULL)
    return;

  column = g_hash_table_lookup (self->columns, article);
  if (!visible)
    {
      if (column != NULL)
        {
          g_hash_table_remove (self->columns, article);
          gtk_column_view_remove_column (self->column_view, column);
        }
      return;
    }

  if (column != NULL)
    return;

  corpus = plx_alignment_get_corpus (self->alignment);
  for (guint i = 0; i < self->n_articles; i++)
    {
      PlxArticle *other = plx_corpus_get_article (corpus, i);

      if (other == article)
        {
          plx_comparison_view_add_column (self, article, position);
          return;
        }
      position += g_hash_table_contains (self->columns, other);
    }

  g_critical ("%s: the article is not of the corpus shown", G_STRFUNC);
}

/**
 * plx_comparison_view_get_article_visible:
 * @self: a #PlxComparisonView
 * @article: an article of the corpus shown
 *
 * Returns: whether @article has a column
 */
gboolean
plx_comparison_view_get_article_visible (PlxComparisonView *self,
                                         PlxArticle        *article)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);

  return g_hash_table_contains (self->columns, article);
}

/**
 * plx_comparison_view_set_show_copies:
 * @self: a #PlxComparisonView
 * @show_copies: whether copies of another outlet's article have columns
 *
 * Shows or hides the columns of the articles that are copies
 * (plx_alignment_find_copy()), now and for the corpora shown next.
 */
void
plx_comparison_view_set_show_copies (PlxComparisonView *self,
                                     gboolean           show_copies)
{
  PlxCorpus *corpus;

  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  self->hide_copies = !show_copies;
  if (self->alignment == NULL)
    return;

  corpus = plx_alignment_get_corpus (self->alignment);
  for (guint i = 0; i < self->n_articles; i++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, i);

      if (plx_alignment_find_copy (self->alignment, article) != NULL &&
          article != plx_alignment_get_pivot (self->alignment))
        plx_comparison_view_set_article_visible (self, article, show_copies);
    }
}
