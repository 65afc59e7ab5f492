/* plx-web-dialog.c: "Add from Web", web pages downloaded into a corpus
 * folder
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-fetch-batch.h"
#include "plx-web-dialog.h"

/* The user pastes addresses, one a line, and picks the folder (the
 * corpus shown, by default); Add downloads them all (src/net, a few at
 * a time) with a progress bar and Cancel. When they are done, the pages
 * saved are announced with "pages-added", for the window to show the
 * folder, and the dialog closes; if some failed, it stays open with
 * their addresses left in the text, to try again, and says why each
 * failed. */

struct _PlxWebDialog
{
  AdwWindow             parent_instance;

  PlxFetcher           *fetcher;
  GFile                *folder;
  PlxFetchBatch        *batch;     /* the downloads in progress, or NULL */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkButton            *add_button;
  GtkTextView          *text_view;
  AdwActionRow         *folder_row;
  GtkWidget            *progress_box;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  AdwPreferencesGroup  *errors_group;
  GtkListBox           *errors_list;
};

G_DEFINE_FINAL_TYPE (PlxWebDialog, plx_web_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PAGES_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
plx_web_dialog_get_text (PlxWebDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Add needs addresses and a folder, and nothing under way. */
static void
plx_web_dialog_update_actions (PlxWebDialog *self)
{
  g_autofree char *text = plx_web_dialog_get_text (self);
  g_auto(GStrv) addresses = plx_fetch_split_addresses (text);
  gboolean busy = self->batch != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "web.add",
                                 !busy && self->folder != NULL && addresses[0] != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "web.choose-folder", !busy);
  gtk_text_view_set_editable (self->text_view, !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->text_view), !busy);
}

static void
plx_web_dialog_update_progress (PlxWebDialog *self)
{
  guint n_pages = plx_fetch_batch_get_n_pages (self->batch);
  g_autofree char *label = NULL;

  /* Translators: progress of the downloads, “2 of 5 pages downloaded” */
  label = g_strdup_printf (ngettext ("%u of %u page downloaded", "%u of %u pages downloaded", n_pages),
                           plx_fetch_batch_get_n_done (self->batch), n_pages);
  gtk_label_set_text (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, plx_fetch_batch_get_fraction (self->batch));
}

/* A row of the list of failures: the message, which names the address. */
static void
plx_web_dialog_add_error (PlxWebDialog *self,
                          const char   *message)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", message,
                                   "selectable", TRUE,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   "margin-top", 12,
                                   "margin-bottom", 12,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   NULL);

  gtk_list_box_append (self->errors_list, label);
}

/* All the pages are in, or failed: the window hears of the ones saved;
 * the failed ones stay in the text, in their order, with why. */
static void
plx_web_dialog_finish (PlxWebDialog *self)
{
  g_autoptr(PlxFetchBatch) batch = g_steal_pointer (&self->batch);
  GFile *folder = plx_fetch_batch_get_folder (batch);
  g_autoptr(GString) failed = g_string_new (NULL);
  g_autofree char *description = NULL;
  guint n_saved = plx_fetch_batch_get_n_saved (batch);
  GtkWidget *row;

  g_clear_object (&self->cancellable);
  g_signal_handlers_disconnect_by_data (batch, self);
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->errors_list))) != NULL)
    gtk_list_box_remove (self->errors_list, row);

  for (guint i = 0; i < plx_fetch_batch_get_n_pages (batch); i++)
    {
      const GError *error = plx_fetch_batch_get_error (batch, i);

      if (error == NULL)
        continue;
      g_string_append_printf (failed, "%s%s", failed->len > 0 ? "\n" : "", plx_fetch_batch_get_address (batch, i));
      plx_web_dialog_add_error (self, error->message);
    }

  gtk_widget_set_visible (self->progress_box, FALSE);
  if (failed->len > 0)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), failed->str, -1);
      if (n_saved > 0)
        /* Translators: above the list of the pages that could not be
         * downloaded, when others were
         */
        description = g_strdup_printf (ngettext ("%u page was added; these could not be:",
                                                 "%u pages were added; these could not be:", n_saved),
                                       n_saved);
      adw_preferences_group_set_description (self->errors_group, description);
      gtk_widget_set_visible (GTK_WIDGET (self->errors_group), TRUE);
    }
  plx_web_dialog_update_actions (self);

  /* The dialog may go while the window opens the folder. */
  g_object_ref (self);
  if (n_saved > 0)
    g_signal_emit (self, signals[PAGES_ADDED], 0, folder, n_saved);
  if (failed->len == 0)
    gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

/* The downloads may end after the dialog is gone: they hold it weakly. */
static void
plx_web_dialog_fetched_cb (GObject      *source_object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(PlxWebDialog) self = g_weak_ref_get (weak);
  PlxFetchBatch *batch = PLX_FETCH_BATCH (source_object);

  g_weak_ref_clear (weak);
  g_free (weak);

  /* Cancelled or not, each page said how it ended. */
  plx_fetch_batch_run_finish (batch, result, NULL);
  if (self != NULL && self->batch == batch)
    plx_web_dialog_finish (self);
}

static void
plx_web_dialog_add_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PlxWebDialog *self = PLX_WEB_DIALOG (widget);
  g_autofree char *text = plx_web_dialog_get_text (self);
  g_auto(GStrv) addresses = plx_fetch_split_addresses (text);
  GWeakRef *weak;

  if (self->batch != NULL || self->folder == NULL || addresses[0] == NULL)
    return;

  self->batch = plx_fetch_batch_new (self->fetcher, self->folder, (const char * const *) addresses);
  self->cancellable = g_cancellable_new ();
  g_signal_connect_swapped (self->batch, "progress", G_CALLBACK (plx_web_dialog_update_progress), self);

  gtk_widget_set_visible (GTK_WIDGET (self->errors_group), FALSE);
  gtk_widget_set_visible (self->progress_box, TRUE);
  plx_web_dialog_update_actions (self);
  plx_web_dialog_update_progress (self);

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  plx_fetch_batch_run_async (self->batch, self->cancellable, plx_web_dialog_fetched_cb, weak);
}

/* Stops the downloads under way, if any: they end as cancelled, and
 * leave no file. */
static gboolean
plx_web_dialog_cancel (PlxWebDialog *self)
{
  if (self->batch == NULL)
    return FALSE;

  g_cancellable_cancel (self->cancellable);

  return TRUE;
}

/* Cancel, or Escape: stops the downloads, else closes. */
static void
plx_web_dialog_cancel_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  PlxWebDialog *self = PLX_WEB_DIALOG (widget);

  if (!plx_web_dialog_cancel (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
plx_web_dialog_chooser_response_cb (PlxWebDialog         *self,
                                    int                   response,
                                    GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) folder = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL)
    plx_web_dialog_set_folder (self, folder);
}

static void
plx_web_dialog_choose_folder_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  PlxWebDialog *self = PLX_WEB_DIALOG (widget);

  if (self->chooser != NULL)
    return;

  /* Through the portal inside Flatpak: the folder chosen is the one the
   * sandbox may write to. */
  self->chooser = gtk_file_chooser_native_new (_("Choose a Folder for the Pages"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               /* Translators: the button of the folder chooser */
                                               _("_Select"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), self->folder, NULL);

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (plx_web_dialog_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
plx_web_dialog_dispose (GObject *object)
{
  PlxWebDialog *self = (PlxWebDialog *)object;

  if (self->batch != NULL)
    {
      plx_web_dialog_cancel (self);
      g_signal_handlers_disconnect_by_data (self->batch, self);
      g_clear_object (&self->batch);
      g_clear_object (&self->cancellable);
    }

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_WEB_DIALOG);

  g_clear_object (&self->fetcher);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (plx_web_dialog_parent_class)->dispose (object);
}

static void
plx_web_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlxWebDialog *self = PLX_WEB_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_web_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlxWebDialog *self = PLX_WEB_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      plx_web_dialog_set_folder (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_web_dialog_class_init (PlxWebDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_web_dialog_dispose;
  object_class->get_property = plx_web_dialog_get_property;
  object_class->set_property = plx_web_dialog_set_property;

  /**
   * PlxWebDialog:folder:
   *
   * The folder the pages are saved in, or %NULL until one is chosen.
   */
  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxWebDialog::pages-added:
   * @self: a #PlxWebDialog
   * @folder: the folder the pages were saved in
   * @n_pages: how many were saved
   *
   * Emitted once a run of downloads is over, if it saved any page.
   */
  signals[PAGES_ADDED] =
    g_signal_new ("pages-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-web-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, folder_row);
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, errors_group);
  gtk_widget_class_bind_template_child (widget_class, PlxWebDialog, errors_list);

  gtk_widget_class_install_action (widget_class, "web.add", NULL, plx_web_dialog_add_action);
  gtk_widget_class_install_action (widget_class, "web.cancel", NULL, plx_web_dialog_cancel_action);
  gtk_widget_class_install_action (widget_class, "web.choose-folder", NULL, plx_web_dialog_choose_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "web.cancel", NULL);
}

static void
plx_web_dialog_init (PlxWebDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fetcher = plx_fetcher_new ();

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (plx_web_dialog_update_actions), self, G_CONNECT_SWAPPED);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* No folder yet. */
  adw_action_row_set_subtitle (self->folder_row, _("No folder chosen"));
  plx_web_dialog_update_actions (self);
}

/**
 * plx_web_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @folder: (nullable): the folder to save in, until the user chooses
 *   another
 *
 * Returns: (transfer none): a new dialog, not shown yet
 */
GtkWidget *
plx_web_dialog_new (GtkWindow *parent,
                    GFile     *folder)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (folder == NULL || G_IS_FILE (folder), NULL);

  return g_object_new (PLX_TYPE_WEB_DIALOG,
                       "transient-for", parent,
                       "folder", folder,
                       NULL);
}

/**
 * plx_web_dialog_get_folder:
 * @self: a #PlxWebDialog
 *
 * Returns: (transfer none) (nullable): the folder the pages are saved in
 */
GFile *
plx_web_dialog_get_folder (PlxWebDialog *self)
{
  g_return_val_if_fail (PLX_IS_WEB_DIALOG (self), NULL);

  return self->folder;
}

/**
 * plx_web_dialog_set_folder:
 * @self: a #PlxWebDialog
 * @folder: (nullable): the folder to save the pages in
 *
 * Sets #PlxWebDialog:folder, for the next downloads.
 */
void
plx_web_dialog_set_folder (PlxWebDialog *self,
                           GFile        *folder)
{
  g_autofree char *name = NULL;

  g_return_if_fail (PLX_IS_WEB_DIALOG (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  if (!g_set_object (&self->folder, folder))
    return;

  if (folder != NULL)
    name = g_file_get_parse_name (folder);
  adw_action_row_set_subtitle (self->folder_row, name != NULL ? name : _("No folder chosen"));
  plx_web_dialog_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDER]);
}

/**
 * plx_web_dialog_is_busy:
 * @self: a #PlxWebDialog
 *
 * Returns: whether downloads are under way
 */
gboolean
plx_web_dialog_is_busy (PlxWebDialog *self)
{
  g_return_val_if_fail (PLX_IS_WEB_DIALOG (self), FALSE);

  return self->batch != NULL;
}
