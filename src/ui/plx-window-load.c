/* plx-window-load.c: loading a corpus into a PlxWindow, aligning it to
 * another outlet, and what the window shows meanwhile or instead (the
 * loading page, the status page, the problems met)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-error.h"
#include "plx-tooltip.h"
#include "plx-window-private.h"

/* How many loader warnings the status page lists before "and N more". */
#define MAX_LISTED_WARNINGS 6

/* How long a load runs before the loading page shows what it does: a
 * corpus that loads faster shows no spinner and no progress bar, whose
 * animations would only take time from the load (on a software
 * renderer, a whole frame each).
 */
#define LOADING_PAGE_DELAY_MS 400


/* The loader keeps this for its progress reports. It must not keep the
 * window alive, so it holds the window weakly; the cancellable tells a
 * report of the current load from a late one of a load since replaced.
 */
typedef struct
{
  GWeakRef      window;
  GCancellable *cancellable;
} LoadProgress;

/* The completion callbacks' data: a strong reference, as GIO expects. */
typedef struct
{
  PlxWindow    *self;
  GCancellable *cancellable;
  GFile        *location;
  gboolean      reload;    /* of the corpus shown, its files changed */
  double        scroll;    /* where the view was, for a reload */
  guint         selected;
} LoadRequest;

static void
load_progress_free (gpointer data)
{
  LoadProgress *progress = data;

  g_weak_ref_clear (&progress->window);
  g_clear_object (&progress->cancellable);
  g_free (progress);
}

static void
load_request_free (LoadRequest *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->cancellable);
  g_clear_object (&request->location);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadRequest, load_request_free)

/* A change of pivot: the window, strongly, as GIO expects. */
typedef struct
{
  PlxWindow    *self;
  GCancellable *cancellable;
} RealignRequest;

static void
realign_request_free (RealignRequest *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->cancellable);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RealignRequest, realign_request_free)


/* Lists the warnings one a line, at most MAX_LISTED_WARNINGS of them. */
static char *
plx_window_format_warnings (const char * const *warnings,
                            guint               n_warnings)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_warnings && i < MAX_LISTED_WARNINGS; i++)
    {
      if (i > 0)
        g_string_append_c (str, '\n');
      g_string_append (str, warnings[i]);
    }

  if (n_warnings > MAX_LISTED_WARNINGS)
    {
      guint n_more = n_warnings - MAX_LISTED_WARNINGS;

      g_string_append_c (str, '\n');
      /* Translators: the end of a list of loading problems cut short */
      g_string_append_printf (str, ngettext ("…and %u more", "…and %u more", n_more), n_more);
    }

  return g_string_free (str, FALSE);
}

static void
plx_window_show_status (PlxWindow  *self,
                        const char *icon_name,
                        const char *title,
                        const char *description)
{
  g_autofree char *markup = NULL;

  /* The description is markup; loader messages quote file names. */
  if (description != NULL)
    markup = g_markup_escape_text (description, -1);

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
plx_window_show_no_corpus (PlxWindow *self)
{
  plx_window_show_status (self,
                          "folder-documents-symbolic",
                          _("No Corpus Open"),
                          _("Open a folder of articles on one story, or a corpus.json file."));
}

static void
plx_window_toast_warnings (PlxWindow *self)
{
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n_warnings;

  n_warnings = plx_window_count_warnings (self);
  if (n_warnings == 0)
    return;

  /* Not "files skipped": some warnings are about files that were read,
   * for instance in a guessed encoding.
   */
  title = g_strdup_printf (ngettext ("%u problem while loading", "%u problems while loading", n_warnings),
                           n_warnings);
  toast = adw_toast_new (title);
  /* Translators: the button of a toast that lists the problems met
   * while loading
   */
  adw_toast_set_button_label (toast, _("Details"));
  adw_toast_set_action_name (toast, "win.show-warnings");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}


/* Shows the page for the current corpus: its comparison, or why it has none. */
void
plx_window_show_corpus_page (PlxWindow *self)
{
  g_autofree char *description = NULL;

  if (self->corpus == NULL)
    {
      plx_window_show_no_corpus (self);
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "comparison");
      return;
    }

  description = plx_window_format_warnings (plx_corpus_get_warnings (self->corpus),
                                            plx_corpus_get_n_warnings (self->corpus));
  if (*description == '\0')
    {
      g_free (description);
      description = g_strdup (_("The corpus lists no articles."));
    }

  plx_window_show_status (self, "dialog-warning-symbolic",
                          _("No Readable Articles"), description);
}

static void
plx_window_load_progress_cb (double   fraction,
                             gpointer user_data)
{
  LoadProgress *progress = user_data;
  g_autoptr(PlxWindow) self = g_weak_ref_get (&progress->window);

  if (self == NULL || self->cancellable != progress->cancellable)
    return;

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}

static void
plx_window_stop_pulse (PlxWindow *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
}

static gboolean
plx_window_pulse_cb (gpointer user_data)
{
  PlxWindow *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

/* Ends a load that went through: shows what was loaded. */
static void
plx_window_finish_load (PlxWindow   *self,
                        LoadRequest *request)
{
  plx_window_show_corpus_page (self);
  /* A comparison file is remembered; its corpus is watched, and read
   * again when it changes, keeping the corrections. */
  plx_window_remember_location (self, request->location);
  plx_window_watch (self, plx_comparison_get_location (self->comparison));
  if (!request->reload)
    plx_window_edits_reset (self);

  /* An empty corpus is not aligned. */
  if (self->alignment == NULL)
    return;

  if (request->reload)
    {
      plx_comparison_view_restore (self->comparison_view, request->selected, request->scroll);
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Articles changed on disk, comparison updated")));
    }
  else
    {
      plx_comparison_view_go_to_first_discrepancy (self->comparison_view);
    }

  plx_window_toast_warnings (self);
}

/* The second half of a load, aligning the articles: the loading page
 * stays, with a pulsing bar, as the aligner reports no progress; Cancel
 * still works. */
static void
plx_window_comparison_state_cb (PlxWindow     *self,
                                GParamSpec    *pspec,
                                PlxComparison *comparison)
{
  if (self->cancellable == NULL ||
      plx_comparison_get_state (comparison) != PLX_COMPARISON_ALIGNING)
    return;

  /* Translators: progress, while the sentences of the outlets are
   * put into rows
   */
  gtk_label_set_text (self->loading_title, _("Aligning…"));
  gtk_progress_bar_pulse (self->progress_bar);
  plx_window_stop_pulse (self);
  self->pulse_id = g_timeout_add (100, plx_window_pulse_cb, self);
}

static void
plx_window_realign_cb (GObject      *source_object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(RealignRequest) request = user_data;
  g_autoptr(GError) error = NULL;
  PlxWindow *self = request->self;
  gboolean aligned;

  aligned = plx_comparison_align_finish (PLX_COMPARISON (source_object), result, &error);

  /* Cancelled, or replaced by another pivot or a load. */
  if (request->cancellable != self->realign_cancellable)
    return;

  g_clear_object (&self->realign_cancellable);

  /* Once aligned, the comparison's notifications showed it; the filter
   * and the search are the view's: they stay. */
  if (!aligned)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      plx_window_sync_pivot (self);
    }
}

static void
plx_window_cancel_realign (PlxWindow *self)
{
  if (self->realign_cancellable == NULL)
    return;

  g_cancellable_cancel (self->realign_cancellable);
  g_clear_object (&self->realign_cancellable);
}

/* Aligns the corpus shown again, to the article @pivot, in a thread;
 * the comparison shows the old alignment until the new one is ready.
 */
void
plx_window_realign (PlxWindow  *self,
                    const char *pivot)
{
  PlxAlignOptions options = { pivot, plx_window_get_threshold (self) };
  RealignRequest *request;

  g_assert (self->corpus != NULL);

  plx_window_cancel_realign (self);
  self->realign_cancellable = g_cancellable_new ();

  request = g_new0 (RealignRequest, 1);
  request->self = g_object_ref (self);
  request->cancellable = g_object_ref (self->realign_cancellable);

  plx_comparison_align_async (self->comparison, &options, self->realign_cancellable,
                              plx_window_realign_cb, request);
}


static void
plx_window_load_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LoadRequest) request = user_data;
  g_autoptr(GError) error = NULL;
  PlxWindow *self = request->self;
  gboolean loaded;

  loaded = plx_comparison_load_finish (PLX_COMPARISON (source_object), result, &error);

  /* Cancelled, or replaced by a newer load: whoever did that has
   * already updated the window.
   */
  if (request->cancellable != self->cancellable)
    return;

  g_clear_object (&self->cancellable);
  plx_window_stop_pulse (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);

  if (loaded)
    {
      plx_window_finish_load (self, request);
      return;
    }

  /* A reload that finds nothing to read (the folder deleted, a disk
   * gone) keeps what is shown: the articles as last read are worth more
   * than an empty window. The user is told, and the next change on disk
   * reloads again.
   */
  if (request->reload && self->alignment != NULL)
    {
      g_autofree char *title = NULL;

      /* Translators: a toast; %s says why the corpus could not be read
       * again, e.g. "the folder holds no text files"
       */
      title = g_strdup_printf (_("The articles could not be read again (%s); showing them as last read"),
                               error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
      return;
    }

  plx_window_show_status (self, "dialog-warning-symbolic",
                          g_error_matches (error, PLX_ERROR, PLX_ERROR_ALIGNMENT)
                            ? _("Could Not Compare the Articles")
                            : _("No Readable Articles"),
                          error->message);
}

/* A spinner spinning off screen still wakes the frame clock. */
static void
plx_window_sync_spinner (PlxWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (self->spinner != NULL)
    gtk_spinner_set_spinning (self->spinner,
                              g_strcmp0 (page, "loading") == 0 &&
                              gtk_widget_get_visible (self->loading_box));
}

static void
plx_window_page_changed_cb (PlxWindow  *self,
                            GParamSpec *pspec,
                            GtkStack   *stack)
{
  plx_window_sync_spinner (self);
}

static gboolean
plx_window_loading_delay_cb (gpointer user_data)
{
  PlxWindow *self = user_data;

  self->loading_delay_id = 0;
  gtk_widget_set_visible (self->loading_box, TRUE);
  plx_window_sync_spinner (self);

  return G_SOURCE_REMOVE;
}

/* Stops the load in progress, if any, and forgets it. */
gboolean
plx_window_cancel_load (PlxWindow *self)
{
  if (self->cancellable == NULL)
    return FALSE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  plx_window_stop_pulse (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);

  return TRUE;
}

/* Loads the corpus at @location. A reload of the corpus shown keeps it
 * on screen meanwhile, rather than the loading page, and comes back to
 * the same place in it.
 */
void
plx_window_load (PlxWindow *self,
                 GFile     *location,
                 gboolean   reload)
{
  g_autofree char *name = NULL;
  PlxAlignOptions options = { NULL, plx_window_get_threshold (self) };
  LoadProgress *progress;
  LoadRequest *request;

  plx_window_cancel_load (self);
  plx_window_cancel_realign (self);
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", TRUE);

  name = g_file_get_parse_name (location);
  gtk_label_set_text (self->loading_title, _("Loading Corpus…"));
  gtk_label_set_text (self->loading_label, name);
  plx_tooltip_set_text (GTK_WIDGET (self->loading_label), name);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  if (!reload)
    {
      /* Blank at first: see LOADING_PAGE_DELAY_MS. */
      g_clear_handle_id (&self->loading_delay_id, g_source_remove);
      gtk_widget_set_visible (self->loading_box, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "loading");
      self->loading_delay_id = g_timeout_add (LOADING_PAGE_DELAY_MS, plx_window_loading_delay_cb, self);
    }

  progress = g_new0 (LoadProgress, 1);
  g_weak_ref_init (&progress->window, self);
  progress->cancellable = g_object_ref (self->cancellable);

  request = g_new0 (LoadRequest, 1);
  request->self = g_object_ref (self);
  request->cancellable = g_object_ref (self->cancellable);
  request->location = g_object_ref (location);
  request->reload = reload;
  request->selected = plx_comparison_view_get_selected (self->comparison_view);
  request->scroll = plx_comparison_view_get_scroll (self->comparison_view);

  plx_comparison_load_async (self->comparison, location, &options,
                             reload ? PLX_COMPARISON_LOAD_KEEP_IF_EMPTY : PLX_COMPARISON_LOAD_NONE,
                             self->cancellable,
                             plx_window_load_progress_cb, progress, load_progress_free,
                             plx_window_load_cb, request);
}

void
plx_window_load_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, plx_window_page_changed_cb);
}

void
plx_window_load_init (PlxWindow *self)
{
  g_signal_connect_swapped (self->comparison, "notify::state",
                            G_CALLBACK (plx_window_comparison_state_cb), self);
  plx_window_show_no_corpus (self);
}

void
plx_window_load_dispose (PlxWindow *self)
{
  plx_window_cancel_load (self);
  plx_window_cancel_realign (self);
  g_clear_handle_id (&self->loading_delay_id, g_source_remove);
}
