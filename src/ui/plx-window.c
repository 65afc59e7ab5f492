/* plx-window.c: the main window, showing one corpus
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-alignment.h"
#include "plx-comparison-view.h"
#include "plx-error.h"
#include "plx-ledger-sidebar.h"
#include "plx-loader.h"
#include "plx-window-private.h"

#define PLX_SCHEMA_ID "io.github.newsparallax.Parallax"

/* How many loader warnings the status page lists before "and N more". */
#define MAX_LISTED_WARNINGS 6

/* How many paths the recent-corpora setting keeps. */
#define MAX_RECENT_CORPORA 10

struct _PlxWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;      /* NULL when the schema is not installed */
  PlxCorpus            *corpus;        /* the corpus shown, or NULL */
  PlxAlignment         *alignment;     /* its alignment, or NULL */
  PlxLedger            *ledger;        /* its ledger, or NULL */
  gboolean              show_ledger;
  GCancellable         *cancellable;   /* of the load in progress, or NULL */
  guint                 pulse_id;      /* pulses the progress bar while aligning */
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  GtkLabel             *loading_title;
  GtkLabel             *loading_label;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *status_page;
  PlxComparisonView    *comparison_view;
  AdwFlap              *flap;
  PlxLedgerSidebar     *ledger_sidebar;
};

G_DEFINE_FINAL_TYPE (PlxWindow, plx_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_SHOW_LEDGER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The loader keeps this for its progress reports. It must not keep the
 * window alive, so it holds the window weakly; the cancellable tells a
 * report of the current load from a late one of a load since replaced.
 */
typedef struct
{
  GWeakRef      window;
  GCancellable *cancellable;
} LoadProgress;

/* The completion callbacks' data: a strong reference, as GIO expects.
 * The corpus is set once loaded, while it is being aligned.
 */
typedef struct
{
  PlxWindow    *self;
  GCancellable *cancellable;
  GFile        *location;
  PlxCorpus    *corpus;
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
  g_clear_object (&request->corpus);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadRequest, load_request_free)

/* What the worker thread hands back: the alignment and the ledger
 * built over it, both from the corpus nothing else touches meanwhile.
 */
typedef struct
{
  PlxAlignment *alignment;
  PlxLedger    *ledger;
} AlignResult;

static void
align_result_free (AlignResult *result)
{
  g_clear_object (&result->alignment);
  g_clear_pointer (&result->ledger, plx_ledger_free);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignResult, align_result_free)

static GSettings *
plx_window_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Uninstalled runs and the tests may have no compiled schema: the
   * window then simply does not remember its size.
   */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, PLX_SCHEMA_ID, TRUE);

  if (schema == NULL ||
      !g_settings_schema_has_key (schema, "window-width") ||
      !g_settings_schema_has_key (schema, "window-height") ||
      !g_settings_schema_has_key (schema, "window-maximized"))
    {
      g_debug ("GSettings schema %s not found, window size will not be saved",
               PLX_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
plx_window_settings_has_key (GSettings  *settings,
                             const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);

  return g_settings_schema_has_key (schema, key);
}

static void
plx_window_restore_size (PlxWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
plx_window_save_size (PlxWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  /* The default size follows the unmaximised size as the user resizes. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/* Records a corpus that opened in last-corpus and recent-corpora. */
static void
plx_window_remember_location (PlxWindow *self,
                              GFile     *location)
{
  g_autofree char *path = g_file_get_path (location);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) updated = NULL;
  guint n_kept = 1;

  if (self->settings == NULL || path == NULL ||
      !plx_window_settings_has_key (self->settings, "last-corpus") ||
      !plx_window_settings_has_key (self->settings, "recent-corpora"))
    return;

  recent = g_settings_get_strv (self->settings, "recent-corpora");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n_kept < MAX_RECENT_CORPORA; i++)
    {
      if (g_strcmp0 (recent[i], path) == 0)
        continue;
      g_strv_builder_add (builder, recent[i]);
      n_kept++;
    }
  updated = g_strv_builder_end (builder);

  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "last-corpus", path);
  g_settings_set_strv (self->settings, "recent-corpora", (const char * const *)updated);
  g_settings_apply (self->settings);
}

static const char *
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
  subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n_articles),
                              n_articles);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, plx_window_corpus_name (self));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

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

  n_warnings = plx_corpus_get_n_warnings (self->corpus);
  if (n_warnings == 0)
    return;

  /* Not "files skipped": some warnings are about files that were read,
   * for instance in a guessed encoding.
   */
  title = g_strdup_printf (ngettext ("%u problem while loading", "%u problems while loading", n_warnings),
                           n_warnings);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Details"));
  adw_toast_set_action_name (toast, "win.show-warnings");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Takes @ledger, which is over @corpus and @alignment. */
static void
plx_window_set_corpus (PlxWindow    *self,
                       PlxCorpus    *corpus,
                       PlxAlignment *alignment,
                       PlxLedger    *ledger)
{
  gboolean corpus_changed = g_set_object (&self->corpus, corpus);

  if (g_set_object (&self->alignment, alignment))
    plx_comparison_view_set_alignment (self->comparison_view, alignment);

  /* The sidebar's rows point into the ledger: they go first. */
  if (ledger != self->ledger)
    {
      plx_ledger_sidebar_set_ledger (self->ledger_sidebar,
                                     ledger != NULL ? corpus : NULL,
                                     ledger);
      g_clear_pointer (&self->ledger, plx_ledger_free);
      self->ledger = ledger;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-difference", alignment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-difference", alignment != NULL);

  if (!corpus_changed)
    return;

  plx_window_update_titles (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings",
                                 corpus != NULL && plx_corpus_get_n_warnings (corpus) > 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

/* Shows the page for the current corpus: its comparison, or why it has none. */
static void
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
                        LoadRequest *request,
                        AlignResult *result)
{
  g_clear_object (&self->cancellable);
  plx_window_stop_pulse (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);

  /* An empty corpus is not aligned: it has no result. */
  plx_window_set_corpus (self, request->corpus,
                         result != NULL ? result->alignment : NULL,
                         result != NULL ? g_steal_pointer (&result->ledger) : NULL);
  plx_window_show_corpus_page (self);
  plx_window_remember_location (self, request->location);

  if (g_list_model_get_n_items (G_LIST_MODEL (request->corpus)) > 0)
    plx_window_toast_warnings (self);
}

/* Runs in a worker thread. Nothing else touches the corpus meanwhile:
 * the window shows it only once it is aligned.
 */
static void
plx_window_align_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  PlxCorpus *corpus = task_data;
  g_autoptr(AlignResult) result = g_new0 (AlignResult, 1);

  result->alignment = plx_align_corpus (corpus, NULL, cancellable);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (result->alignment == NULL)
    {
      g_task_return_new_error (task, PLX_ERROR, PLX_ERROR_FAILED,
                               "%s", _("The articles could not be aligned."));
      return;
    }

  result->ledger = plx_ledger_build (corpus, result->alignment);

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) align_result_free);
}

static void
plx_window_align_cb (GObject      *source_object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(LoadRequest) request = user_data;
  g_autoptr(AlignResult) aligned = NULL;
  g_autoptr(GError) error = NULL;
  PlxWindow *self = request->self;

  aligned = g_task_propagate_pointer (G_TASK (result), &error);

  /* Cancelled, or replaced by a newer load. */
  if (request->cancellable != self->cancellable)
    return;

  if (aligned == NULL)
    {
      g_clear_object (&self->cancellable);
      plx_window_stop_pulse (self);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
      plx_window_set_corpus (self, NULL, NULL, NULL);
      plx_window_show_status (self, "dialog-warning-symbolic",
                              _("Could Not Compare the Articles"), error->message);
      return;
    }

  plx_window_finish_load (self, request, aligned);
}

/* The second half of a load: aligning the articles, in a thread. The
 * loading page stays, with a pulsing bar, as the aligner reports no
 * progress; Cancel still works.
 */
static void
plx_window_align (PlxWindow   *self,
                  LoadRequest *request)
{
  g_autoptr(GTask) task = NULL;

  gtk_label_set_text (self->loading_title, _("Aligning…"));
  gtk_progress_bar_pulse (self->progress_bar);
  plx_window_stop_pulse (self);
  self->pulse_id = g_timeout_add (100, plx_window_pulse_cb, self);

  task = g_task_new (self, self->cancellable, plx_window_align_cb, request);
  g_task_set_source_tag (task, plx_window_align);
  g_task_set_task_data (task, g_object_ref (request->corpus), g_object_unref);
  g_task_run_in_thread (task, plx_window_align_thread);
}

static void
plx_window_load_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LoadRequest) request = user_data;
  g_autoptr(GError) error = NULL;
  PlxWindow *self = request->self;

  request->corpus = plx_corpus_load_finish (result, &error);

  /* Cancelled, or replaced by a newer load: whoever did that has
   * already updated the window.
   */
  if (request->cancellable != self->cancellable)
    return;

  if (request->corpus == NULL)
    {
      g_clear_object (&self->cancellable);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
      plx_window_set_corpus (self, NULL, NULL, NULL);
      plx_window_show_status (self, "dialog-warning-symbolic",
                              _("No Readable Articles"), error->message);
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (request->corpus)) == 0)
    {
      plx_window_finish_load (self, request, NULL);
      return;
    }

  plx_window_align (self, g_steal_pointer (&request));
}

/* Stops the load in progress, if any, and forgets it. */
static gboolean
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
  g_autofree char *name = NULL;
  LoadProgress *progress;
  LoadRequest *request;

  g_return_if_fail (PLX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (location));

  plx_window_cancel_load (self);
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", TRUE);

  name = g_file_get_parse_name (location);
  gtk_label_set_text (self->loading_title, _("Loading Corpus…"));
  gtk_label_set_text (self->loading_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->loading_label), name);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  progress = g_new0 (LoadProgress, 1);
  g_weak_ref_init (&progress->window, self);
  progress->cancellable = g_object_ref (self->cancellable);

  request = g_new0 (LoadRequest, 1);
  request->self = g_object_ref (self);
  request->cancellable = g_object_ref (self->cancellable);
  request->location = g_object_ref (location);

  plx_corpus_load_async (location,
                         self->cancellable,
                         plx_window_load_progress_cb,
                         progress,
                         load_progress_free,
                         plx_window_load_cb,
                         request);
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

static void
plx_window_cancel_load_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (!plx_window_cancel_load (self))
    return;

  /* Back to what was shown before the load began. */
  plx_window_show_corpus_page (self);
}

static void
plx_window_chooser_response_cb (PlxWindow            *self,
                                int                   response,
                                GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    plx_window_open (self, file);
}

static void
plx_window_choose (PlxWindow            *self,
                   GtkFileChooserAction  action,
                   const char           *title)
{
  if (self->chooser != NULL)
    return;

  /* GtkFileChooserNative goes through the portal inside Flatpak.
   * GtkFileDialog would replace it, but needs GTK 4.10.
   */
  self->chooser = gtk_file_chooser_native_new (title,
                                               GTK_WINDOW (self),
                                               action,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (json, _("Corpus Files"));
      gtk_file_filter_add_mime_type (json, "application/json");
      gtk_file_filter_add_suffix (json, "json");
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
    }

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (plx_window_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
plx_window_open_folder_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  plx_window_choose (PLX_WINDOW (widget),
                     GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                     _("Open Folder"));
}

static void
plx_window_open_file_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  plx_window_choose (PLX_WINDOW (widget),
                     GTK_FILE_CHOOSER_ACTION_OPEN,
                     _("Open Corpus File"));
}

static void
plx_window_show_warnings_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  const char * const *warnings;
  g_autofree char *text = NULL;
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *label;

  if (self->corpus == NULL || plx_corpus_get_n_warnings (self->corpus) == 0)
    return;

  warnings = plx_corpus_get_warnings (self->corpus);
  text = g_strjoinv ("\n", (char **)warnings);

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Loading Problems"),
                                   _("Each line names a file of the corpus and what went wrong with it."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  /* Selectable, so that a path can be copied to look into the file. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "selectable", TRUE,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        "yalign", 0.0f,
                        NULL);
  scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "child", label,
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "propagate-natural-height", TRUE,
                           "max-content-height", 240,
                           NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plx_window_go_to_difference_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  gboolean forward = g_str_equal (action_name, "win.next-difference");

  if (!plx_comparison_view_go_to_difference (self->comparison_view, forward))
    gtk_widget_error_bell (widget);
}

static void
plx_window_page_changed_cb (PlxWindow  *self,
                            GParamSpec *pspec,
                            GtkStack   *stack)
{
  const char *page = gtk_stack_get_visible_child_name (stack);

  /* A spinner spinning off screen still wakes the frame clock. */
  if (self->spinner != NULL)
    gtk_spinner_set_spinning (self->spinner, g_strcmp0 (page, "loading") == 0);
}

/* Shows in the comparison where an entry of the ledger is stated. A
 * sentence that is in no row (too short to align, say) shows nothing.
 */
static void
plx_window_mention_activated_cb (PlxWindow        *self,
                                 PlxArticle       *article,
                                 guint             sentence,
                                 PlxLedgerSidebar *sidebar)
{
  PlxRow *row;
  guint n_rows;

  if (self->alignment == NULL)
    return;

  row = plx_alignment_find_row (self->alignment, article, sentence);
  if (row == NULL)
    return;

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->alignment));
  for (guint i = 0; i < n_rows; i++)
    {
      if (plx_alignment_get_row (self->alignment, i) == row)
        {
          plx_comparison_view_select_row (self->comparison_view, i);

          /* A folded sidebar covers the comparison. */
          if (adw_flap_get_folded (self->flap))
            adw_flap_set_reveal_flap (self->flap, FALSE);
          return;
        }
    }
}

static gboolean
plx_window_close_request (GtkWindow *window)
{
  plx_window_save_size (PLX_WINDOW (window));

  return GTK_WINDOW_CLASS (plx_window_parent_class)->close_request (window);
}

static void
plx_window_dispose (GObject *object)
{
  PlxWindow *self = (PlxWindow *)object;

  plx_window_cancel_load (self);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_WINDOW);

  /* After the sidebar, whose rows point into it. */
  g_clear_pointer (&self->ledger, plx_ledger_free);
  g_clear_object (&self->alignment);
  g_clear_object (&self->corpus);
  g_clear_object (&self->settings);

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, loading_title);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, ledger_sidebar);
  gtk_widget_class_bind_template_callback (widget_class, plx_window_mention_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_window_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, plx_window_open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", NULL, plx_window_open_file_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, plx_window_cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, plx_window_show_warnings_action);
  gtk_widget_class_install_action (widget_class, "win.next-difference", NULL, plx_window_go_to_difference_action);
  gtk_widget_class_install_action (widget_class, "win.previous-difference", NULL, plx_window_go_to_difference_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-ledger", "show-ledger");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);
}

static void
plx_window_init (PlxWindow *self)
{
  g_type_ensure (PLX_TYPE_COMPARISON_VIEW);
  g_type_ensure (PLX_TYPE_LEDGER_SIDEBAR);

  self->show_ledger = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Both ways: a folding window, or a swipe, hides the sidebar too. */
  g_object_bind_property (self, "show-ledger", self->flap, "reveal-flap",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-difference", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-difference", FALSE);

  self->settings = plx_window_create_settings ();
  plx_window_restore_size (self);

  plx_window_show_no_corpus (self);
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
