/* plx-window-actions.c: the actions of a PlxWindow (opening, cancelling
 * a load, the loading problems, the search) and where they take the
 * user in the comparison, part of PlxWindow
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-window-private.h"

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

      /* Translators: a file type in the Open dialog: corpus.json
       * manifests, Parallax's JSON exports and saved comparisons
       */
      gtk_file_filter_set_name (json, _("Corpus Files"));
      gtk_file_filter_add_mime_type (json, "application/json");
      gtk_file_filter_add_suffix (json, "json");
      gtk_file_filter_add_mime_type (json, "application/x-parallax-comparison");
      gtk_file_filter_add_suffix (json, "parallax");
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

/* The warnings of the corpus, one a line, selectable, so that a path can
 * be copied to look into the file. A folder of 100,000 empty files has
 * as many warnings (4.5 MB of text): a text view lays out only the lines
 * on screen and the rest in the background, where one label of them all
 * took the window minutes. */
static GtkWidget *
plx_window_warnings_view_new (const char * const *warnings)
{
  g_autofree char *text = g_strjoinv ("\n", (char **) warnings);
  GtkWidget *view = g_object_new (GTK_TYPE_TEXT_VIEW,
                                  "editable", FALSE,
                                  "cursor-visible", FALSE,
                                  "wrap-mode", GTK_WRAP_WORD_CHAR,
                                  NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_widget_add_css_class (view, "warnings");

  return view;
}

/* The problems met reading the corpus, and the editor's corrections
 * that could not be applied to it. */
static GStrv
plx_window_dup_warnings (PlxWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (self->corpus != NULL)
    g_strv_builder_addv (builder, (const char **) plx_corpus_get_warnings (self->corpus));
  if (self->alignment != NULL)
    g_strv_builder_addv (builder, (const char **) plx_alignment_get_warnings (self->alignment));

  return g_strv_builder_end (builder);
}

guint
plx_window_count_warnings (PlxWindow *self)
{
  g_auto(GStrv) warnings = plx_window_dup_warnings (self);

  return g_strv_length (warnings);
}

static void
plx_window_show_warnings_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *scroller;
  g_auto(GStrv) warnings = plx_window_dup_warnings (self);

  if (warnings[0] == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Loading Problems"),
                                   _("Each line names a file of the corpus and what went wrong with it."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));

  scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "child", plx_window_warnings_view_new ((const char * const *) warnings),
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "min-content-height", 240,
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

/* Goes to a row of the comparison, as @go_to says: if the filter or the
 * search hides it, they let go (asked for, a row is shown), and a folded
 * sidebar moves out of the way.
 */
typedef gboolean (*PlxWindowGoTo) (PlxComparisonView *view,
                                   gpointer           data);

static void
plx_window_go_to (PlxWindow     *self,
                  PlxWindowGoTo  go_to,
                  gpointer       data)
{
  if (!go_to (self->comparison_view, data))
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      plx_window_set_filter (self, "all");
      if (!go_to (self->comparison_view, data))
        return;
    }

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static gboolean
go_to_row (PlxComparisonView *view,
           gpointer           row)
{
  return plx_comparison_view_select_item (view, row);
}

static gboolean
go_to_mention (PlxComparisonView *view,
               gpointer           next)
{
  return plx_comparison_view_go_to_mention (view, GPOINTER_TO_INT (next));
}

/* Shows in the comparison the row of a sentence the article view
 * activated. A sentence that is in no row (too short to align, say)
 * shows nothing.
 */
static void
plx_window_mention_activated_cb (PlxWindow  *self,
                                 PlxArticle *article,
                                 guint       sentence,
                                 gpointer    sender)
{
  PlxRow *row;

  if (self->alignment == NULL)
    return;

  row = plx_alignment_find_row (self->alignment, article, sentence);
  if (row != NULL)
    plx_window_go_to (self, go_to_row, row);
}

/* Outlines in the comparison where an entry of the ledger is stated,
 * and goes to the first of its rows, or on to the next (Enter on the
 * entry again).
 */
static void
plx_window_entry_activated_cb (PlxWindow        *self,
                               GArray           *mentions,
                               gboolean          again,
                               PlxLedgerSidebar *sidebar)
{
  plx_comparison_view_set_mentions (self->comparison_view, mentions);
  if (mentions != NULL && self->alignment != NULL)
    plx_window_go_to (self, go_to_mention, GINT_TO_POINTER (again));
}

static void
plx_window_search_changed_cb (PlxWindow      *self,
                              GtkSearchEntry *entry)
{
  plx_comparison_view_set_search (self->comparison_view,
                                  gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Closing the search shows every row again. */
static void
plx_window_search_mode_cb (PlxWindow    *self,
                           GParamSpec   *pspec,
                           GtkSearchBar *search_bar)
{
  if (gtk_search_bar_get_search_mode (search_bar))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  plx_comparison_view_set_search (self->comparison_view, NULL);
}

static void
plx_window_search_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Escape cancels a load; otherwise it closes the search. */
static gboolean
plx_window_escape_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  PlxWindow *self = PLX_WINDOW (widget);

  if (self->cancellable != NULL)
    return gtk_widget_activate_action (widget, "win.cancel-load", NULL);

  if (plx_window_close_article (self))
    return TRUE;

  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      return TRUE;
    }

  return FALSE;
}

void
plx_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, plx_window_mention_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_window_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_window_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, plx_window_search_mode_cb);

  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, plx_window_open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", NULL, plx_window_open_file_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, plx_window_cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, plx_window_show_warnings_action);
  gtk_widget_class_install_action (widget_class, "win.next-difference", NULL, plx_window_go_to_difference_action);
  gtk_widget_class_install_action (widget_class, "win.previous-difference", NULL, plx_window_go_to_difference_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, plx_window_search_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-ledger", "show-ledger");
  gtk_widget_class_install_property_action (widget_class, "win.filter", "filter");
  gtk_widget_class_install_property_action (widget_class, "win.pivot", "pivot");

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, plx_window_escape_cb, NULL);
}

/* Until a corpus is shown, there is nothing to cancel, warn about, go
 * to, search or export.
 */
void
plx_window_actions_init (PlxWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-difference", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-difference", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
}

void
plx_window_actions_dispose (PlxWindow *self)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}
