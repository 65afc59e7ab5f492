/* plx-window-files.c: how corpora reach a PlxWindow besides the Open
 * dialogs: dropped on it, picked from the recent ones, downloaded from
 * the web, checked for updates, and read again when their files change
 * on disk
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-update-dialog.h"
#include "plx-web-dialog.h"
#include "plx-window-private.h"

/* How long the files must have been quiet before a reload: an editor
 * saving, or a scraper writing a folder, changes several files at once.
 */
#define RELOAD_DELAY_MS 700

/* Drag and drop: a folder or a corpus file opens as with Ctrl+O. */
static gboolean
plx_window_drop_cb (GtkDropTarget *target,
                    const GValue  *value,
                    double         x,
                    double         y,
                    PlxWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  if (files->next != NULL)
    {
      /* Translators: a toast, when several files are dropped on the
       * window at once
       */
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Drop one folder of articles, or one corpus file")));
      g_slist_free (files);
      return FALSE;
    }

  plx_window_open (self, files->data);
  g_slist_free (files);

  return TRUE;
}

/* Recent corpora: the primary menu lists the recent-corpora setting,
 * leaving out what is no longer there.
 */
static void
plx_window_rebuild_recent_menu (PlxWindow *self)
{
  g_auto(GStrv) recent = NULL;
  guint n_items = 0;

  g_menu_remove_all (self->recent_section);

  if (self->settings != NULL)
    recent = g_settings_get_strv (self->settings, "recent-corpora");

  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (!g_file_test (recent[i], G_FILE_TEST_EXISTS))
        continue;

      name = g_filename_display_basename (recent[i]);
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_section, item);
      n_items++;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-recent", n_items > 0);
}

static void
plx_window_open_recent_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  g_autoptr(GFile) location = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  plx_window_open (PLX_WINDOW (widget), location);
}

/* Add from Web: pages downloaded into a folder, by default the one
 * shown. The only time Parallax writes into a corpus folder, and then
 * only new files (src/net/plx-fetcher.c).
 */

/* The folder shown, if the corpus is a plain folder: one read through
 * its corpus.json would not show new files. */
static GFile *
plx_window_corpus_folder (PlxWindow *self)
{
  g_autoptr(GFile) manifest = NULL;

  if (self->location == NULL ||
      g_file_query_file_type (self->location, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    return NULL;

  manifest = g_file_get_child (self->location, "corpus.json");
  if (g_file_query_exists (manifest, NULL))
    return NULL;

  return g_object_ref (self->location);
}

static void
plx_window_pages_added_cb (PlxWindow    *self,
                           GFile        *folder,
                           guint         n_pages,
                           PlxWebDialog *dialog)
{
  /* The folder shown is watched: it reloads, and stays where it was. */
  if (self->location != NULL && g_file_equal (folder, self->location))
    {
      if (self->monitor == NULL)
        plx_window_load (self, folder, TRUE);
      return;
    }

  plx_window_open (self, folder);
}

static void
plx_window_add_from_web_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  g_autoptr(GFile) folder = plx_window_corpus_folder (self);
  GtkWidget *dialog = plx_web_dialog_new (GTK_WINDOW (self), folder);

  g_signal_connect_object (dialog, "pages-added",
                           G_CALLBACK (plx_window_pages_added_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Check for Updates: the saved pages of the folder shown downloaded
 * again; a page that changed is saved as a new file beside it
 * (src/load/plx-update-check.c), read as a later version of it. Only a
 * plain folder, as for Add from Web: one read through its corpus.json
 * would not show the new files.
 */
static void
plx_window_pages_changed_cb (PlxWindow       *self,
                             GFile           *folder,
                             guint            n_pages,
                             PlxUpdateDialog *dialog)
{
  /* The folder shown is watched: it reloads, and stays where it was. */
  if (self->location != NULL && g_file_equal (folder, self->location) && self->monitor == NULL)
    plx_window_load (self, folder, TRUE);
}

static void
plx_window_check_updates_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  g_autoptr(GFile) folder = plx_window_corpus_folder (self);
  GtkWidget *dialog;

  if (folder == NULL)
    return;

  dialog = plx_update_dialog_new (GTK_WINDOW (self), folder);
  g_signal_connect_object (dialog, "pages-changed",
                           G_CALLBACK (plx_window_pages_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Check for Updates needs a plain folder shown. */
static void
plx_window_update_files_actions (PlxWindow *self)
{
  g_autoptr(GFile) folder = plx_window_corpus_folder (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-updates", folder != NULL);
}

/* Reloading: the corpus shown is watched, and read again once its
 * files have been quiet for a moment, keeping the view where it was.
 */
static gboolean
plx_window_reload_cb (gpointer user_data)
{
  PlxWindow *self = user_data;

  self->reload_id = 0;

  /* A load in progress reads the files as they are now. */
  if (self->location == NULL || self->cancellable != NULL)
    return G_SOURCE_REMOVE;

  plx_window_load (self, self->location, TRUE);

  return G_SOURCE_REMOVE;
}

/* The loader skips hidden files: a change to one changes nothing shown.
 * Add from Web writes each page into a hidden file until it is whole. */
static gboolean
is_hidden_name (GFile *file)
{
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  return name != NULL && name[0] == '.';
}

static void
plx_window_monitor_changed_cb (GFileMonitor      *monitor,
                               GFile             *file,
                               GFile             *other_file,
                               GFileMonitorEvent  event,
                               PlxWindow         *self)
{
  /* A rename counts if either name is one the loader reads. */
  if (is_hidden_name (file) && (other_file == NULL || is_hidden_name (other_file)))
    return;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
    /* The disk went away: reading again finds out what is left. */
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->reload_id = g_timeout_add (RELOAD_DELAY_MS, plx_window_reload_cb, self);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

/**
 * plx_window_watch:
 * @self: a #PlxWindow
 * @location: (nullable): the corpus shown, or %NULL to stop watching
 *
 * Watches the files of the corpus at @location: a folder, or the folder
 * of a corpus.json, whose articles usually sit beside it.
 */
void
plx_window_watch (PlxWindow *self,
                  GFile     *location)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  if (location != NULL && self->location != NULL && g_file_equal (location, self->location) &&
      self->monitor != NULL)
    {
      /* A corpus.json may have come, or gone. */
      plx_window_update_files_actions (self);
      return;
    }

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, plx_window_monitor_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_set_object (&self->location, location);
  plx_window_update_files_actions (self);

  if (location == NULL)
    return;

  if (g_file_query_file_type (location, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    folder = g_object_ref (location);
  else
    folder = g_file_get_parent (location);

  if (folder != NULL)
    self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);

  /* Not fatal: the corpus is shown, only not reloaded. */
  if (self->monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (location),
               error != NULL ? error->message : "no folder");
      return;
    }

  g_signal_connect (self->monitor, "changed",
                    G_CALLBACK (plx_window_monitor_changed_cb), self);
}

void
plx_window_files_init (PlxWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (plx_window_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-corpora",
                             G_CALLBACK (plx_window_rebuild_recent_menu),
                             self, G_CONNECT_SWAPPED);
  plx_window_rebuild_recent_menu (self);
  plx_window_update_files_actions (self);
}

void
plx_window_files_dispose (PlxWindow *self)
{
  plx_window_watch (self, NULL);
}

void
plx_window_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", plx_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.add-from-web", NULL, plx_window_add_from_web_action);
  gtk_widget_class_install_action (widget_class, "win.check-updates", NULL, plx_window_check_updates_action);
  gtk_widget_class_bind_template_child (widget_class, PlxWindow, recent_section);
}
