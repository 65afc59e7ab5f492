/* plx-update-dialog.c: "Check for Updates", the saved web pages of a
 * corpus folder downloaded again and compared
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-update-check.h"
#include "plx-update-dialog.h"

/* The dialog starts a PlxUpdateCheck (src/load) of its folder as soon as
 * it is made, shows a progress bar, and lists each page of the folder as
 * the check reports it, in the order of the files: unchanged, changed
 * (and the new file it was saved as), failed (and why), or skipped.
 * Cancel (or Escape) stops the check, else closes. When the dialog
 * closes, having saved new versions, it says so with "pages-changed",
 * for the window to read the folder again. Nothing in the folder is
 * replaced or deleted: the check only ever adds files.
 *
 * A row a page, in a GtkListBox: the rows are the files of one folder,
 * and a folder of only text files (the large corpora) has no row at all
 * (the empty page says there is nothing to check). */

struct _PlxUpdateDialog
{
  AdwWindow             parent_instance;

  GFile                *folder;
  PlxUpdateCheck       *check;
  GCancellable         *cancellable;
  gboolean              busy;
  gboolean              cancelled;

  /* Template widgets */
  GtkWidget            *cancel_button;
  GtkStack             *stack;
  GtkLabel             *intro_label;
  GtkWidget            *progress_box;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;
  AdwPreferencesGroup  *pages_group;
  GtkListBox           *pages_list;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (PlxUpdateDialog, plx_update_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FOLDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PAGES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Whether some page of the folder has a web address: the rest are
 * text files or pages saved by hand, with nothing to check. */
static gboolean
plx_update_dialog_has_web_pages (PlxUpdateDialog *self)
{
  guint n_pages = plx_update_check_get_n_pages (self->check);

  return n_pages > plx_update_check_count (self->check, PLX_UPDATE_NO_ADDRESS);
}

static void
plx_update_dialog_update_actions (PlxUpdateDialog *self)
{
  /* Once the check is over, Done (or Escape) closes: Cancel would
   * cancel nothing. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "update.done", !self->busy);
  gtk_widget_set_visible (self->cancel_button, self->busy);
}

static void
plx_update_dialog_update_progress (PlxUpdateDialog *self)
{
  guint n_pages = plx_update_check_get_n_pages (self->check);
  g_autofree char *label = NULL;

  if (n_pages == 0)
    /* Translators: Check for Updates, before the pages of the folder are found */
    label = g_strdup (_("Looking for saved pages…"));
  else
    /* Translators: progress of Check for Updates, “2 of 5 pages checked” */
    label = g_strdup_printf (ngettext ("%u of %u page checked", "%u of %u pages checked", n_pages),
                             plx_update_check_get_n_done (self->check), n_pages);
  gtk_label_set_text (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, plx_update_check_get_fraction (self->check));
}

/* @file's name inside the folder checked ("story.html", "2026/story.html"). */
static char *
plx_update_dialog_name_of (PlxUpdateDialog *self,
                           GFile           *file)
{
  g_autofree char *relative = g_file_get_relative_path (self->folder, file);

  if (relative != NULL)
    return g_filename_display_name (relative);

  return g_filename_display_basename (g_file_peek_path (file));
}

/* What became of the page at @index, and the icon and style class that
 * say it at a glance. */
static char *
plx_update_dialog_describe (PlxUpdateDialog  *self,
                            guint             index,
                            const char      **icon_name,
                            const char      **style_class)
{
  g_autofree char *other = NULL;

  switch (plx_update_check_get_status (self->check, index))
    {
    case PLX_UPDATE_UNCHANGED:
      *icon_name = "object-select-symbolic";
      *style_class = "success";
      /* Translators: Check for Updates: a saved page whose article is
       * as it was saved; nothing was written
       */
      return g_strdup (_("Unchanged"));

    case PLX_UPDATE_CHANGED:
      *icon_name = "document-new-symbolic";
      *style_class = "accent";
      other = plx_update_dialog_name_of (self, plx_update_check_get_new_file (self->check, index));
      /* Translators: Check for Updates: a saved page whose article
       * changed; %s is the name of the new file its new version was
       * saved as, beside it
       */
      return g_strdup_printf (_("Changed: saved as %s"), other);

    case PLX_UPDATE_FAILED:
      *icon_name = "dialog-warning-symbolic";
      *style_class = "error";
      /* The message names the file and says why. */
      return g_strdup (plx_update_check_get_error (self->check, index)->message);

    case PLX_UPDATE_NO_ADDRESS:
      *icon_name = "action-unavailable-symbolic";
      *style_class = "dim-label";
      /* Translators: Check for Updates: a file of the folder with no
       * known web address (a text file, or a page not downloaded by
       * Parallax that names no canonical address)
       */
      return g_strdup (_("Skipped: no web address is known for it"));

    case PLX_UPDATE_EARLIER_VERSION:
      *icon_name = "action-unavailable-symbolic";
      *style_class = "dim-label";
      other = plx_update_dialog_name_of (self, plx_update_check_get_later_version (self->check, index));
      /* Translators: Check for Updates: a saved page that is an earlier
       * version of another file (%s) from the same address; that later
       * one is checked instead
       */
      return g_strdup_printf (_("Skipped: an earlier version of %s, checked with it"), other);

    case PLX_UPDATE_PENDING:
    default:
      g_assert_not_reached ();
    }
}

/* A page is done: its row, in the order of the files. */
static void
plx_update_dialog_page_done_cb (PlxUpdateDialog *self,
                                guint            index,
                                PlxUpdateCheck  *check)
{
  g_autofree char *name = plx_update_dialog_name_of (self, plx_update_check_get_file (check, index));
  const char *icon_name;
  const char *style_class;
  g_autofree char *outcome = plx_update_dialog_describe (self, index, &icon_name, &style_class);
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", name,
                                 "subtitle", outcome,
                                 "use-markup", FALSE,
                                 NULL);
  /* The subtitle says it in words: the icon is decoration. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);

  gtk_widget_add_css_class (icon, style_class);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_list_box_append (self->pages_list, row);
  if (plx_update_dialog_has_web_pages (self))
    gtk_widget_set_visible (GTK_WIDGET (self->pages_group), TRUE);
}

/* The folder holds nothing to check, or could not be read. */
static void
plx_update_dialog_show_empty (PlxUpdateDialog *self,
                              const GError    *error)
{
  g_autofree char *name = g_file_get_parse_name (self->folder);
  g_autofree char *description = NULL;

  if (error != NULL)
    {
      /* Translators: Check for Updates, when the folder cannot be read */
      adw_status_page_set_title (self->empty_page, _("Could Not Check for Updates"));
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_description (self->empty_page, error->message);
    }
  else
    {
      /* Translators: Check for Updates, when the folder holds no page
       * downloaded from the web (only text files, or nothing)
       */
      adw_status_page_set_title (self->empty_page, _("No Saved Web Pages"));
      /* Translators: Check for Updates, when the folder (%s) holds no
       * page downloaded from the web; “Add from Web” is the menu entry
       */
      description = g_strdup_printf (_("%s holds no page downloaded from the web, so there is nothing to check. "
                                       "Pages added with Add from Web can be checked for updates."), name);
      adw_status_page_set_description (self->empty_page, description);
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The check is over: what it found, in a sentence above the pages. */
static void
plx_update_dialog_finish (PlxUpdateDialog *self,
                          const GError    *error)
{
  guint n_changed = plx_update_check_count (self->check, PLX_UPDATE_CHANGED);
  guint n_failed = plx_update_check_count (self->check, PLX_UPDATE_FAILED);
  g_autofree char *summary = NULL;

  self->busy = FALSE;
  g_clear_object (&self->cancellable);
  gtk_widget_set_visible (self->progress_box, FALSE);
  plx_update_dialog_update_actions (self);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      plx_update_dialog_show_empty (self, error);
      return;
    }
  if (!self->cancelled && !plx_update_dialog_has_web_pages (self))
    {
      plx_update_dialog_show_empty (self, NULL);
      return;
    }

  if (self->cancelled)
    /* Translators: Check for Updates, stopped by the user */
    summary = g_strdup (_("Cancelled. The pages not checked yet are as they were."));
  else if (n_changed > 0)
    /* Translators: Check for Updates, once done, when some pages changed */
    summary = g_strdup_printf (ngettext ("%u page changed. Its new version is saved beside it, and shown once you "
                                         "close this dialog.",
                                         "%u pages changed. Their new versions are saved beside them, and shown "
                                         "once you close this dialog.", n_changed),
                               n_changed);
  else if (n_failed > 0)
    /* Translators: Check for Updates, once done, when no page changed
     * but some could not be checked
     */
    summary = g_strdup_printf (ngettext ("No page has changed, but %u could not be checked.",
                                         "No page has changed, but %u could not be checked.", n_failed),
                               n_failed);
  else
    /* Translators: Check for Updates, once done, when every page is as it was saved */
    summary = g_strdup (_("No page has changed."));

  adw_preferences_group_set_description (self->pages_group, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->pages_group), TRUE);
}

/* The check may end after the dialog is gone: it holds it weakly. */
static void
plx_update_dialog_checked_cb (GObject      *source_object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(PlxUpdateDialog) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (weak);
  g_free (weak);

  /* Cancelled or not, each page said how it ended. */
  plx_update_check_run_finish (PLX_UPDATE_CHECK (source_object), result, &error);
  if (self != NULL && self->check == PLX_UPDATE_CHECK (source_object))
    plx_update_dialog_finish (self, error);
}

static void
plx_update_dialog_start (PlxUpdateDialog *self)
{
  g_autofree char *name = g_file_get_parse_name (self->folder);
  g_autofree char *intro = NULL;
  GWeakRef *weak;

  self->check = plx_update_check_new (self->folder);
  self->cancellable = g_cancellable_new ();
  self->busy = TRUE;
  g_signal_connect_object (self->check, "page-done",
                           G_CALLBACK (plx_update_dialog_page_done_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check, "progress",
                           G_CALLBACK (plx_update_dialog_update_progress), self, G_CONNECT_SWAPPED);

  /* Translators: at the top of Check for Updates; %s is the folder */
  intro = g_strdup_printf (_("Each web page saved in %s is downloaded again and its article compared with the "
                             "one saved. A page that changed is saved as a new file beside it; no file is "
                             "replaced or deleted."), name);
  gtk_label_set_text (self->intro_label, intro);
  plx_update_dialog_update_actions (self);
  plx_update_dialog_update_progress (self);

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  plx_update_check_run_async (self->check, self->cancellable, plx_update_dialog_checked_cb, weak);
}

/* Stops the check under way, if any: the pages not checked yet end as
 * cancelled, and leave no file. */
static gboolean
plx_update_dialog_cancel (PlxUpdateDialog *self)
{
  if (!self->busy)
    return FALSE;

  self->cancelled = TRUE;
  g_cancellable_cancel (self->cancellable);

  return TRUE;
}

/* Cancel, or Escape: stops the check, else closes. */
static void
plx_update_dialog_cancel_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PlxUpdateDialog *self = PLX_UPDATE_DIALOG (widget);

  if (!plx_update_dialog_cancel (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
plx_update_dialog_done_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* However it closes, the window hears of the new versions saved. */
static gboolean
plx_update_dialog_close_request (GtkWindow *window)
{
  PlxUpdateDialog *self = PLX_UPDATE_DIALOG (window);
  guint n_changed = plx_update_dialog_get_n_changed (self);

  plx_update_dialog_cancel (self);
  if (n_changed > 0)
    g_signal_emit (self, signals[PAGES_CHANGED], 0, self->folder, n_changed);

  return GTK_WINDOW_CLASS (plx_update_dialog_parent_class)->close_request (window);
}

static void
plx_update_dialog_constructed (GObject *object)
{
  PlxUpdateDialog *self = (PlxUpdateDialog *)object;

  G_OBJECT_CLASS (plx_update_dialog_parent_class)->constructed (object);

  g_assert (self->folder != NULL);
  plx_update_dialog_start (self);
}

static void
plx_update_dialog_dispose (GObject *object)
{
  PlxUpdateDialog *self = (PlxUpdateDialog *)object;

  plx_update_dialog_cancel (self);
  if (self->check != NULL)
    g_signal_handlers_disconnect_by_data (self->check, self);
  g_clear_object (&self->check);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_UPDATE_DIALOG);

  g_clear_object (&self->folder);

  G_OBJECT_CLASS (plx_update_dialog_parent_class)->dispose (object);
}

static void
plx_update_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PlxUpdateDialog *self = PLX_UPDATE_DIALOG (object);

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
plx_update_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PlxUpdateDialog *self = PLX_UPDATE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_update_dialog_class_init (PlxUpdateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = plx_update_dialog_constructed;
  object_class->dispose = plx_update_dialog_dispose;
  object_class->get_property = plx_update_dialog_get_property;
  object_class->set_property = plx_update_dialog_set_property;
  window_class->close_request = plx_update_dialog_close_request;

  /**
   * PlxUpdateDialog:folder:
   *
   * The corpus folder whose saved pages are checked.
   */
  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxUpdateDialog::pages-changed:
   * @self: a #PlxUpdateDialog
   * @folder: the folder checked
   * @n_pages: how many pages changed, each saved as a new file
   *
   * Emitted when the dialog closes, if the check saved any new version.
   */
  signals[PAGES_CHANGED] =
    g_signal_new ("pages-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-update-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, pages_group);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, pages_list);
  gtk_widget_class_bind_template_child (widget_class, PlxUpdateDialog, empty_page);

  gtk_widget_class_install_action (widget_class, "update.cancel", NULL, plx_update_dialog_cancel_action);
  gtk_widget_class_install_action (widget_class, "update.done", NULL, plx_update_dialog_done_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "update.cancel", NULL);
}

static void
plx_update_dialog_init (PlxUpdateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/**
 * plx_update_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @folder: the corpus folder whose saved pages are checked
 *
 * Returns: (transfer none): a new dialog, its check started, not shown yet
 */
GtkWidget *
plx_update_dialog_new (GtkWindow *parent,
                       GFile     *folder)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  return g_object_new (PLX_TYPE_UPDATE_DIALOG,
                       "transient-for", parent,
                       "folder", folder,
                       NULL);
}

/**
 * plx_update_dialog_get_folder:
 * @self: a #PlxUpdateDialog
 *
 * Returns: (transfer none): the folder checked
 */
GFile *
plx_update_dialog_get_folder (PlxUpdateDialog *self)
{
  g_return_val_if_fail (PLX_IS_UPDATE_DIALOG (self), NULL);

  return self->folder;
}

/**
 * plx_update_dialog_is_busy:
 * @self: a #PlxUpdateDialog
 *
 * Returns: whether the check is under way
 */
gboolean
plx_update_dialog_is_busy (PlxUpdateDialog *self)
{
  g_return_val_if_fail (PLX_IS_UPDATE_DIALOG (self), FALSE);

  return self->busy;
}

/**
 * plx_update_dialog_get_n_changed:
 * @self: a #PlxUpdateDialog
 *
 * Returns: how many pages changed so far, each saved as a new file
 */
guint
plx_update_dialog_get_n_changed (PlxUpdateDialog *self)
{
  g_return_val_if_fail (PLX_IS_UPDATE_DIALOG (self), 0);

  return self->check != NULL ? plx_update_check_count (self->check, PLX_UPDATE_CHANGED) : 0;
}
