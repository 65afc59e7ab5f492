/* plx-window-export.c: exporting the comparison from the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-error.h"
#include "plx-export-csv.h"
#include "plx-export-html.h"
#include "plx-export-json.h"
#include "plx-window-private.h"

/* Ctrl+E: the comparison as an HTML report, JSON or a spreadsheet (CSV),
 * written only where the user chose in the save dialog, never into the
 * corpus. */

/* The contents of an export to @file, in the format its name ends with. */
static GBytes *
plx_window_export_contents (PlxWindow  *self,
                            GFile      *file,
                            GError    **error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *folded = basename != NULL ? g_utf8_casefold (basename, -1) : NULL;
  char *contents;
  gsize length;

  if (self->corpus == NULL || self->alignment == NULL ||
      plx_comparison_get_alignment (self->comparison) == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_NOTHING_LOADED,
                           _("There is nothing to export: open a corpus first."));
      return NULL;
    }

  if (folded != NULL && g_str_has_suffix (folded, ".json"))
    {
      contents = plx_export_json (self->comparison, TRUE, &length);
    }
  else if (folded != NULL &&
           (g_str_has_suffix (folded, ".html") || g_str_has_suffix (folded, ".htm")))
    {
      contents = plx_export_html (self->comparison);
      length = contents != NULL ? strlen (contents) : 0;
    }
  else if (folded != NULL && g_str_has_suffix (folded, ".csv"))
    {
      contents = plx_export_csv (self->comparison, &length);
    }
  else
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_UNSUPPORTED,
                   _("“%s” is not an HTML, JSON or CSV file: end its name in .html, .json or .csv."),
                   basename != NULL ? basename : "");
      return NULL;
    }

  if (contents == NULL)
    {
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_FAILED,
                           _("The comparison could not be exported."));
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/**
 * plx_window_export_to_file:
 * @self: a #PlxWindow
 * @file: where to write
 * @error: return location for a #GError
 *
 * Writes the comparison shown to @file: an HTML report if its name
 * ends in .html, JSON if it ends in .json, the rows as CSV if it ends
 * in .csv. The window's export action
 * does the same without blocking.
 *
 * Returns: whether the file was written
 */
gboolean
plx_window_export_to_file (PlxWindow  *self,
                           GFile      *file,
                           GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PLX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = plx_window_export_contents (self, file, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_replace_contents (file,
                                  g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

static void
plx_window_toast_export_error (PlxWindow    *self,
                               const GError *error)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: %s says why an export failed */
  title = g_strdup_printf (_("Could not export: %s"), error->message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
plx_window_export_written_cb (GObject      *source_object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  g_autoptr(PlxWindow) self = user_data;
  GFile *file = G_FILE (source_object);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_file_replace_contents_finish (file, result, NULL, &error))
    {
      plx_window_toast_export_error (self, error);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is the name of the file written */
  title = g_strdup_printf (_("Exported to %s"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* A name without a known extension gets the one of the filter chosen. */
static GFile *
plx_window_export_file_with_extension (PlxWindow *self,
                                       GFile     *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *folded = g_utf8_casefold (basename, -1);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *named = NULL;
  GtkFileFilter *filter;

  if (g_str_has_suffix (folded, ".json") ||
      g_str_has_suffix (folded, ".html") ||
      g_str_has_suffix (folded, ".htm") ||
      g_str_has_suffix (folded, ".csv"))
    return g_object_ref (file);

  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (self->export_chooser));
  named = g_strconcat (basename,
                       filter == self->html_filter ? ".html" : filter == self->csv_filter ? ".csv" : ".json",
                       NULL);
  parent = g_file_get_parent (file);

  return g_file_get_child (parent, named);
}

static void
plx_window_export_response_cb (PlxWindow            *self,
                               int                   response,
                               GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = NULL;
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (chosen != NULL)
    file = plx_window_export_file_with_extension (self, chosen);

  owned = g_steal_pointer (&self->export_chooser);
  self->html_filter = NULL;
  self->csv_filter = NULL;

  if (file == NULL)
    return;

  bytes = plx_window_export_contents (self, file, &error);
  if (bytes == NULL)
    {
      plx_window_toast_export_error (self, error);
      return;
    }

  /* Only where the user chose: the corpus files are never written. */
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL,
                                       plx_window_export_written_cb,
                                       g_object_ref (self));
}

static void
plx_window_export_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  g_autoptr(GtkFileFilter) html = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->export_chooser != NULL || self->alignment == NULL)
    return;

  self->export_chooser = gtk_file_chooser_native_new (_("Export Comparison"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"),
                                                      _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);

  /* Translators: file types in the Export dialog */
  gtk_file_filter_set_name (html, _("HTML Report"));
  gtk_file_filter_add_mime_type (html, "text/html");
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_filter_set_name (json, _("JSON"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  /* Translators: a file type in the Export dialog: the rows, one line
   * each, for spreadsheet programs
   */
  gtk_file_filter_set_name (csv, _("Spreadsheet (CSV)"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), html);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), csv);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->export_chooser), html);
  self->html_filter = html;
  self->csv_filter = csv;

  name = g_strconcat (plx_window_corpus_name (self), ".html", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);

  g_signal_connect_object (self->export_chooser, "response",
                           G_CALLBACK (plx_window_export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

void
plx_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, plx_window_export_action);
}

void
plx_window_export_dispose (PlxWindow *self)
{
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  self->html_filter = NULL;
  self->csv_filter = NULL;
}
