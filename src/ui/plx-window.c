/* plx-window.c: the main window, showing one corpus
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-alignment.h"
#include "plx-article.h"
#include "plx-comparison.h"
#include "plx-comparison-view.h"
#include "plx-ledger-sidebar.h"
#include "plx-outlet-chooser.h"
#include "plx-window-private.h"

/* The targets of win.filter, and what each shows. */
static const struct
{
  const char   *nick;
  PlxRowFilter  filter;
} filters[] = {
  { "all", PLX_ROW_FILTER_ALL },
  { "differences", PLX_ROW_FILTER_DIFFERENCES },
  { "discrepancies", PLX_ROW_FILTER_DISCREPANCIES },
  { "in-all", PLX_ROW_FILTER_IN_ALL },
  { "in-one", PLX_ROW_FILTER_IN_ONE },
};

G_DEFINE_FINAL_TYPE (PlxWindow, plx_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_SHOW_LEDGER,
  PROP_FILTER,
  PROP_PIVOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
plx_window_corpus_name (PlxWindow *self)
{
  const char *name;

  g_assert (self->corpus != NULL);

  name = plx_corpus_get_name (self->corpus);
  if (name == NULL || *name == '\0')
    name = _("Untitled Corpus");

  return name;
}

static void
plx_window_update_titles (PlxWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *marked_title = NULL;
  g_autofree char *marked_name = NULL;
  const char *mark;
  guint n_articles;

  if (self->corpus == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Parallax"));
      adw_window_title_set_title (self->window_title, _("Parallax"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      return;
    }

  n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  /* Translators: the window title; %s is the name of the corpus */
  title = g_strdup_printf (_("%s — Parallax"), plx_window_corpus_name (self));
  /* Translators: the start of the window's subtitle, "5 articles ·
   * aligned to Reuters"
   */
  subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n_articles),
                              n_articles);

  /* Which outlet the rows follow, and the "Reference" cells come from. */
  if (self->alignment != NULL && plx_alignment_get_pivot (self->alignment) != NULL)
    {
      g_autofree char *articles = g_steal_pointer (&subtitle);

      /* Translators: the window subtitle: the number of articles,
       * then the outlet whose order the rows follow
       */
      subtitle = g_strdup_printf (_("%s · aligned to %s"), articles,
                                  plx_article_get_display_name (plx_alignment_get_pivot (self->alignment)));
    }

  /* Corrections not saved: a dot before the name, as GNOME's editors do. */
  mark = plx_comparison_get_modified (self->comparison) ? "• " : "";
  marked_title = g_strconcat (mark, title, NULL);
  marked_name = g_strconcat (mark, plx_window_corpus_name (self), NULL);

  gtk_window_set_title (GTK_WINDOW (self), marked_title);
  adw_window_title_set_title (self->window_title, marked_name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* Shows or hides the column of the article at the end of the action's
 * name, "show-N", N its position in the corpus.
 */
static void
plx_window_outlet_change_state_cb (GSimpleAction *action,
                                   GVariant      *state,
                                   PlxWindow     *self)
{
  const char *name = g_action_get_name (G_ACTION (action));
  guint64 position = g_ascii_strtoull (name + strlen ("show-"), NULL, 10);

  if (self->corpus == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->corpus)))
    return;

  plx_comparison_view_set_article_visible (self->comparison_view,
                                           plx_corpus_get_article (self->corpus, position),
                                           g_variant_get_boolean (state));
  g_simple_action_set_state (action, state);
}

/* The outlets of the corpus: an action each in the "outlet" group,
 * "show-N" for the article at N, which the outlet chooser's check
 * buttons are bound to, its state whether the column is shown.
 */
void
plx_window_update_outlet_actions (PlxWindow *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  guint n_articles = 0;

  if (self->corpus != NULL)
    n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));

  for (guint i = 0; i < n_articles; i++)
    {
      PlxArticle *article = plx_corpus_get_article (self->corpus, i);
      g_autofree char *name = g_strdup_printf ("show-%u", i);
      g_autoptr(GSimpleAction) action = NULL;

      action = g_simple_action_new_stateful (name, NULL,
                                             g_variant_new_boolean (plx_comparison_view_get_article_visible (self->comparison_view, article)));
      g_signal_connect_object (action, "change-state",
                               G_CALLBACK (plx_window_outlet_change_state_cb),
                               self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }

  gtk_widget_insert_action_group (GTK_WIDGET (self), "outlet", G_ACTION_GROUP (group));
}

/* The outlets of a new corpus: their actions; the pivot chooser lists
 * the same articles. */
static void
plx_window_update_outlets (PlxWindow *self)
{
  plx_window_update_outlet_actions (self);
  plx_outlet_chooser_set_corpus (self->outlet_chooser, self->corpus);
  plx_outlet_chooser_set_corpus (self->pivot_chooser, self->corpus);
}

/* The pivot property follows the alignment shown. */
void
plx_window_sync_pivot (PlxWindow *self)
{
  PlxArticle *pivot = NULL;
  const char *id;

  if (self->alignment != NULL)
    pivot = plx_alignment_get_pivot (self->alignment);

  id = pivot != NULL ? plx_article_get_id (pivot) : "";
  if (g_strcmp0 (self->pivot, id) == 0)
    return;

  g_free (self->pivot);
  self->pivot = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIVOT]);
}

/* The ledger highlights the entries stated in the row selected. */
static void
plx_window_row_selection_cb (PlxWindow          *self,
                             guint               position,
                             guint               n_items,
                             GtkSelectionModel  *selection)
{
  guint selected = plx_comparison_view_get_selected (self->comparison_view);

  plx_ledger_sidebar_highlight_row (self->ledger_sidebar,
                                    selected != GTK_INVALID_LIST_POSITION
                                    ? plx_comparison_view_get_row (self->comparison_view, selected)
                                    : NULL);
}

/* Shows what the comparison now holds. It runs from the comparison's
 * notifications, before the ledger they replace is freed: the sidebar's
 * rows, which point into it, go first. */
static void
plx_window_sync_comparison (PlxWindow *self)
{
  PlxCorpus *corpus = plx_comparison_get_corpus (self->comparison);
  PlxAlignment *alignment = plx_comparison_get_alignment (self->comparison);
  PlxLedger *ledger = plx_comparison_get_ledger (self->comparison);
  gboolean corpus_changed = g_set_object (&self->corpus, corpus);
  gboolean alignment_changed = g_set_object (&self->alignment, alignment);
  gboolean ledger_changed = ledger != self->ledger;

  /* A new ledger comes with each new alignment, built over it. */
  if (alignment_changed)
    plx_comparison_view_set_alignment (self->comparison_view, alignment,
                                       ledger != NULL ? plx_ledger_get_discrepancies (ledger) : NULL);

  /* The columns are new with a new corpus: so are their actions. */
  if (corpus_changed)
    plx_window_update_outlets (self);
  if (alignment_changed)
    plx_window_sync_pivot (self);

  if (ledger_changed)
    {
      plx_ledger_sidebar_set_ledger (self->ledger_sidebar,
                                     ledger != NULL ? corpus : NULL,
                                     ledger != NULL ? alignment : NULL,
                                     ledger);
      self->ledger = ledger;
    }

  /* A new alignment comes with a new selection model. */
  if (alignment_changed && alignment != NULL)
    {
      GtkSelectionModel *selection = gtk_column_view_get_model (plx_comparison_view_get_column_view (self->comparison_view));

      g_signal_connect_object (selection, "selection-changed",
                               G_CALLBACK (plx_window_row_selection_cb),
                               self, G_CONNECT_SWAPPED);
    }
  if (alignment_changed || ledger_changed)
    plx_window_row_selection_cb (self, 0, 0, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-difference", alignment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-difference", alignment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", alignment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", alignment != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->view_button), alignment != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), alignment != NULL);
  if (alignment == NULL)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  if (alignment_changed || corpus_changed)
    {
      plx_window_update_titles (self);
      plx_window_article_sync (self);
    }
  if (alignment_changed)
    plx_window_edits_sync (self);

  if (!corpus_changed)
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings",
                                 corpus != NULL && plx_corpus_get_n_warnings (corpus) > 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

static void
plx_window_set_pivot (PlxWindow  *self,
                      const char *pivot)
{
  if (pivot == NULL)
    pivot = "";

  if (g_strcmp0 (self->pivot, pivot) == 0)
    return;

  g_free (self->pivot);
  self->pivot = g_strdup (pivot);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIVOT]);

  if (self->corpus != NULL && self->alignment != NULL && *pivot != '\0')
    plx_window_realign (self, pivot);
}

void
plx_window_set_filter (PlxWindow  *self,
                       const char *nick)
{
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      if (g_strcmp0 (filters[i].nick, nick) != 0)
        continue;

      if (g_strcmp0 (self->filter, nick) == 0)
        return;

      g_free (self->filter);
      self->filter = g_strdup (nick);
      plx_comparison_view_set_filter (self->comparison_view, filters[i].filter);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
      return;
    }

  g_warning ("Unknown row filter “%s”", nick);
}

/**
 * plx_window_open:
 * @self: a #PlxWindow
 * @location: a folder, a corpus.json or a Parallax export
 *
 * Loads the corpus at @location in the background and shows it in place
 * of the current one. A load already in progress is cancelled.
 */
void
plx_window_open (PlxWindow *self,
                 GFile     *location)
{
  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (location));

  if (plx_window_edits_open_request (self, location))
    return;

  plx_window_load (self, location, FALSE);
}

/**
 * plx_window_get_corpus:
 * @self: a #PlxWindow
 *
 * Returns: (transfer none) (nullable): the corpus shown
 */
PlxCorpus *
plx_window_get_corpus (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->corpus;
}

static gboolean
plx_window_close_request (GtkWindow *window)
{
  if (plx_window_edits_close_request (PLX_WINDOW (window)))
    return TRUE;

  plx_window_save_size (PLX_WINDOW (window));

  return GTK_WINDOW_CLASS (plx_window_parent_class)->close_request (window);
}

static void
plx_window_dispose (GObject *object)
{
  PlxWindow *self = (PlxWindow *)object;

  plx_window_load_dispose (self);
  plx_window_files_dispose (self);
  plx_window_edits_dispose (self);
  plx_window_settings_dispose (self);
  plx_window_actions_dispose (self);
  plx_window_export_dispose (self);

  if (self->comparison != NULL)
    g_signal_handlers_disconnect_by_data (self->comparison, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_WINDOW);

  /* After the sidebar, whose rows point into its ledger. */
  self->ledger = NULL;
  g_clear_object (&self->alignment);
  g_clear_object (&self->corpus);
  g_clear_object (&self->comparison);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->filter, g_free);
  g_clear_pointer (&self->pivot, g_free);

  G_OBJECT_CLASS (plx_window_parent_class)->dispose (object);
}

static void
plx_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlxWindow *self = PLX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;

    case PROP_SHOW_LEDGER:
      g_value_set_boolean (value, self->show_ledger);
      break;

    case PROP_FILTER:
      g_value_set_string (value, self->filter);
      break;

    case PROP_PIVOT:
      g_value_set_string (value, self->pivot);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PlxWindow *self = PLX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_LEDGER:
      if (self->show_ledger != g_value_get_boolean (value))
        {
          self->show_ledger = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_FILTER:
      plx_window_set_filter (self, g_value_get_string (value));
      break;

    case PROP_PIVOT:
      plx_window_set_pivot (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_window_class_init (PlxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = plx_window_dispose;
  object_class->get_property = plx_window_get_property;
  object_class->set_property = plx_window_set_property;

  window_class->close_request = plx_window_close_request;

  /**
   * PlxWindow:corpus:
   *
   * The corpus shown, or %NULL before one is loaded or after a load
   * failed.
   */
  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL,
                         PLX_TYPE_CORPUS,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PlxWindow:show-ledger:
   *
   * Whether the ledger sidebar is revealed; the action
   * win.show-ledger toggles it.
   */
  properties[PROP_SHOW_LEDGER] =
    g_param_spec_boolean ("show-ledger", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * PlxWindow:filter:
   *
   * Which rows the comparison shows: "all", "differences",
   * "discrepancies", "in-all" or "in-one"; the action win.filter sets
   * it.
   */
  properties[PROP_FILTER] =
    g_param_spec_string ("filter", NULL, NULL,
                         "all",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * PlxWindow:pivot:
   *
   * The id of the article the rows are aligned to, or "" with no
   * corpus. Setting it aligns the corpus again in the background; the
   * action win.pivot sets it.
   */
  properties[PROP_PIVOT] =
    g_param_spec_string ("pivot", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, loading_box);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, loading_title);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, ledger_sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, view_button);
  plx_window_load_class_init (widget_class);
  plx_window_article_class_init (widget_class);
  plx_window_settings_class_init (widget_class);
  plx_window_actions_class_init (widget_class);
  plx_window_export_class_init (widget_class);
  plx_window_files_class_init (widget_class);
  plx_window_edits_class_init (widget_class);
}

static void
plx_window_init (PlxWindow *self)
{
  GtkPopoverMenu *popover;

  g_type_ensure (PLX_TYPE_COMPARISON_VIEW);
  g_type_ensure (PLX_TYPE_LEDGER_SIDEBAR);

  self->show_ledger = TRUE;
  self->filter = g_strdup ("all");
  self->pivot = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->comparison = plx_comparison_new ();
  g_signal_connect_swapped (self->comparison, "notify::corpus",
                            G_CALLBACK (plx_window_sync_comparison), self);
  g_signal_connect_swapped (self->comparison, "notify::alignment",
                            G_CALLBACK (plx_window_sync_comparison), self);

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  /* Typing over the comparison starts a search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  /* Both ways: a folding window, or a swipe, hides the sidebar too. */
  g_object_bind_property (self, "show-ledger", self->flap, "reveal-flap",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  /* The view menu's "Outlets" and "Align To" submenus list the outlets,
   * searchable: a corpus may have hundreds.
   */
  self->outlet_chooser = PLX_OUTLET_CHOOSER (plx_outlet_chooser_new (FALSE));
  self->pivot_chooser = PLX_OUTLET_CHOOSER (plx_outlet_chooser_new (TRUE));
  popover = GTK_POPOVER_MENU (gtk_menu_button_get_popover (self->view_button));
  gtk_popover_menu_add_child (popover, GTK_WIDGET (self->outlet_chooser), "outlets");
  gtk_popover_menu_add_child (popover, GTK_WIDGET (self->pivot_chooser), "pivot");

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  plx_window_actions_init (self);
  plx_window_edits_init (self);
  g_signal_connect_swapped (self->comparison, "notify::modified",
                            G_CALLBACK (plx_window_update_titles), self);

  self->settings = plx_window_create_settings ();
  plx_window_restore_size (self);
  plx_window_files_init (self);
  plx_window_settings_init (self);
  plx_window_load_init (self);
}

/**
 * plx_window_new:
 * @application: (nullable): the application the window belongs to
 *
 * Returns: (transfer none): a new window showing no corpus yet
 */
PlxWindow *
plx_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (PLX_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/* Internal accessors for the tests, see plx-window-private.h */

/* The article columns: all but the gutter, when a corpus is shown. */
guint
plx_window_get_n_columns (PlxWindow *self)
{
  GListModel *columns;

  g_return_val_if_fail (PLX_IS_WINDOW (self), 0);

  if (self->alignment == NULL)
    return 0;

  columns = gtk_column_view_get_columns (plx_comparison_view_get_column_view (self->comparison_view));

  return g_list_model_get_n_items (columns) - 1;
}

/* Returns: (transfer none) (nullable): the article column at @position */
GtkColumnViewColumn *
plx_window_get_column (PlxWindow *self,
                       guint      position)
{
  GtkColumnViewColumn *column;
  GListModel *columns;

  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  if (position >= plx_window_get_n_columns (self))
    return NULL;

  columns = gtk_column_view_get_columns (plx_comparison_view_get_column_view (self->comparison_view));
  column = g_list_model_get_item (columns, position + 1);
  /* The column view keeps its own reference. */
  g_object_unref (column);

  return column;
}

PlxComparisonView *
plx_window_get_comparison_view (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->comparison_view;
}

PlxAlignment *
plx_window_get_alignment (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->alignment;
}

const char *
plx_window_get_visible_page_name (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

AdwStatusPage *
plx_window_get_status_page (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->status_page;
}

PlxLedgerSidebar *
plx_window_get_ledger_sidebar (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->ledger_sidebar;
}

PlxLedger *
plx_window_get_ledger (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->ledger;
}

AdwFlap *
plx_window_get_flap (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->flap;
}

GtkSearchBar *
plx_window_get_search_bar (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->search_bar;
}

GtkSearchEntry *
plx_window_get_search_entry (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->search_entry;
}

GtkMenuButton *
plx_window_get_view_button (PlxWindow *self)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return self->view_button;
}

/* Returns: (transfer none): the chooser of the outlets shown, or of
 * the pivot
 */
PlxOutletChooser *
plx_window_get_outlet_chooser (PlxWindow *self,
                               gboolean   pivot)
{
  g_return_val_if_fail (PLX_IS_WINDOW (self), NULL);

  return pivot ? self->pivot_chooser : self->outlet_chooser;
}
