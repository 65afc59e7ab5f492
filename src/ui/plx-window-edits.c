/* plx-window-edits.c: the editor's corrections in the window (naming an
 * outlet, moving a sentence to another row or out of its row, notes),
 * undo and redo, and saving the comparison, part of PlxWindow
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "plx-comparison-file.h"
#include "plx-sentence.h"
#include "plx-tokens.h"
#include "plx-window-private.h"

/* Every edit makes a new PlxCorrections from a copy of the comparison's,
 * puts it in place and aligns again (the aligner applies corrections
 * after it made its rows, so nothing else moves). Undo and redo keep the
 * corrections that were replaced. The corpus is never written: Save
 * writes the .parallax file alone. */

static void
plx_window_edits_update_actions (PlxWindow *self)
{
  gboolean loaded = self->corpus != NULL && self->alignment != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", loaded && self->undo_stack->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", loaded && self->redo_stack->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", loaded);
}

/* Puts @corrections in place and aligns again; the view comes back to
 * where it was, with the row of @article's @sentence selected. */
static void
plx_window_apply_corrections (PlxWindow      *self,
                              PlxCorrections *corrections,
                              PlxArticle     *article,
                              guint           sentence)
{
  PlxComparisonView *view = self->comparison_view;

  self->edit_scroll = plx_comparison_view_get_scroll (view);
  self->edit_selected = plx_comparison_view_get_selected (view);
  g_set_object (&self->edit_article, article);
  self->edit_sentence = sentence;
  self->edit_pending = TRUE;

  plx_comparison_set_corrections (self->comparison, corrections);
  plx_window_realign (self, self->pivot != NULL && *self->pivot != '\0' ? self->pivot : NULL);
  plx_window_edits_update_actions (self);
}

/* An edit: @edited (taken) replaces the corrections; undo brings the
 * old ones back. */
static void
plx_window_edit (PlxWindow      *self,
                 PlxCorrections *edited,
                 PlxArticle     *article,
                 guint           sentence)
{
  g_autoptr(PlxCorrections) owned = edited;

  g_ptr_array_add (self->undo_stack, g_object_ref (plx_comparison_get_corrections (self->comparison)));
  g_ptr_array_set_size (self->redo_stack, 0);
  plx_window_apply_corrections (self, owned, article, sentence);
}

static PlxCorrections *
plx_window_copy_corrections (PlxWindow *self)
{
  return plx_corrections_copy (plx_comparison_get_corrections (self->comparison));
}

/* The list scrolls to a row once it laid its new rows out: a frame
 * after the one in which they came. */
static gboolean
plx_window_select_edited_cb (GtkWidget     *widget,
                             GdkFrameClock *frame_clock,
                             gpointer       user_data)
{
  PlxWindow *self = user_data;

  if (self->edit_select_frames++ < 1)
    return G_SOURCE_CONTINUE;

  self->edit_select_id = 0;
  if (self->edit_row != NULL)
    plx_comparison_view_select_item (self->comparison_view, self->edit_row);
  g_clear_object (&self->edit_row);

  return G_SOURCE_REMOVE;
}

static void
plx_window_cancel_select_edited (PlxWindow *self)
{
  if (self->edit_select_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->comparison_view), self->edit_select_id);
  self->edit_select_id = 0;
}

/* Called when the comparison shows a new alignment. */
void
plx_window_edits_sync (PlxWindow *self)
{
  PlxRow *row = NULL;

  plx_window_edits_update_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", plx_window_count_warnings (self) > 0);
  if (!self->edit_pending || self->alignment == NULL)
    return;

  self->edit_pending = FALSE;
  if (self->edit_article != NULL)
    row = plx_alignment_find_row (self->alignment, self->edit_article, self->edit_sentence);
  g_clear_object (&self->edit_article);
  /* Undo, redo, a new name: back where the view was. */
  if (row == NULL)
    {
      plx_comparison_view_restore (self->comparison_view, self->edit_selected, self->edit_scroll);
      return;
    }

  /* Once the view has its new rows: then it can scroll to one. */
  g_set_object (&self->edit_row, row);
  plx_window_cancel_select_edited (self);
  self->edit_select_frames = 0;
  self->edit_select_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->comparison_view),
                                                       plx_window_select_edited_cb, self, NULL);
}

/* A new corpus: what was undone belongs to the old one. */
void
plx_window_edits_reset (PlxWindow *self)
{
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->edit_pending = FALSE;
  g_clear_object (&self->edit_article);
  plx_window_edits_update_actions (self);
}

static void
plx_window_undo_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  gboolean undo = g_str_equal (action_name, "win.undo");
  GPtrArray *from = undo ? self->undo_stack : self->redo_stack;
  GPtrArray *to = undo ? self->redo_stack : self->undo_stack;
  g_autoptr(PlxCorrections) corrections = NULL;

  if (from->len == 0)
    return;

  corrections = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, g_object_ref (plx_comparison_get_corrections (self->comparison)));
  plx_window_apply_corrections (self, corrections, NULL, 0);
}

/* ---- The sentence an action names --------------------------------------- */

/* The article and row of the sentence an action's "(su)" parameter
 * names, or FALSE when it is not shown (any more). */
static gboolean
plx_window_find_sentence (PlxWindow   *self,
                          GVariant    *parameter,
                          PlxArticle **article,
                          guint       *sentence,
                          PlxRow     **row)
{
  const char *id;

  if (self->corpus == NULL || self->alignment == NULL)
    return FALSE;

  g_variant_get (parameter, "(&su)", &id, sentence);
  *article = plx_corpus_find_article (self->corpus, id);
  *row = *article != NULL ? plx_alignment_find_row (self->alignment, *article, *sentence) : NULL;

  return *row != NULL;
}

/* A question with a text entry: @response (labelled @label) answers it,
 * as Enter in the entry does; Cancel and Escape do not. */
static AdwMessageDialog *
entry_dialog_new (PlxWindow  *self,
                  const char *heading,
                  const char *response,
                  const char *label,
                  const char *text,
                  const char *entry_label,
                  GCallback   response_cb)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  GtkWidget *entry = gtk_entry_new ();

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label, -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  g_object_set_data (G_OBJECT (dialog), "plx-entry", entry);
  g_signal_connect_object (dialog, "response", response_cb, self, 0);

  return dialog;
}

static void
entry_dialog_present (AdwMessageDialog *dialog)
{
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "plx-entry"));
}

/* ---- Renaming an outlet -------------------------------------------------- */

static void
plx_window_rename_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               PlxWindow        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "plx-entry");
  const char *id = g_object_get_data (G_OBJECT (dialog), "plx-article");
  PlxCorrections *edited;

  if (!g_str_equal (response, "rename") || self->corpus == NULL ||
      plx_corpus_find_article (self->corpus, id) == NULL)
    return;

  edited = plx_window_copy_corrections (self);
  plx_corrections_set_outlet_name (edited, id, gtk_editable_get_text (entry));
  if (plx_corrections_equal (edited, plx_comparison_get_corrections (self->comparison)))
    {
      g_object_unref (edited);
      return;
    }
  plx_window_edit (self, edited, NULL, 0);
}

static void
plx_window_rename_outlet_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  PlxArticle *article = self->corpus != NULL ? plx_corpus_find_article (self->corpus, id) : NULL;
  AdwMessageDialog *dialog;

  if (article == NULL)
    return;

  dialog = entry_dialog_new (self, _("Rename Outlet"), "rename", _("_Rename"),
                             plx_article_get_display_name (article), _("Outlet name"),
                             G_CALLBACK (plx_window_rename_response_cb));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is the file name or id of an article */
                                  _("The name shown for “%s” in this comparison. Its file is not changed; "
                                    "leave the name empty to show the name it came with."),
                                  plx_article_get_id (article));
  g_object_set_data_full (G_OBJECT (dialog), "plx-article", g_strdup (id), g_free);
  entry_dialog_present (dialog);
}

/* ---- Moving a sentence ----------------------------------------------------- */

static void
plx_window_join (PlxWindow  *self,
                 PlxArticle *article,
                 guint       sentence,
                 PlxRow     *target)
{
  PlxCorrections *edited;

  if (target == plx_alignment_find_row (self->alignment, article, sentence))
    return;

  edited = plx_window_copy_corrections (self);
  plx_corrections_join (edited, target, article, sentence);
  plx_window_edit (self, edited, article, sentence);
}

/* win.join-row ((su)(su)): the first sentence joins the row of the
 * second: what a drop of a cell on another row does. */
static void
plx_window_join_row_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  g_autoptr(GVariant) moved = g_variant_get_child_value (parameter, 0);
  g_autoptr(GVariant) onto = g_variant_get_child_value (parameter, 1);
  PlxArticle *article, *target_article;
  guint sentence, target_sentence;
  PlxRow *row, *target;

  if (!plx_window_find_sentence (self, moved, &article, &sentence, &row) ||
      !plx_window_find_sentence (self, onto, &target_article, &target_sentence, &target))
    return;

  plx_window_join (self, article, sentence, target);
}

static char *
row_summary (PlxRow *row,
             guint   position)
{
  const PlxRowMember *reference = plx_row_get_member (row, plx_row_get_reference (row));
  g_autofree char *opening = plx_text_opening (plx_row_member_get_text (reference), 90);

  /* Translators: a row in the Move to Row dialog: its number, the outlet
   * of its first sentence and the sentence's opening
   */
  return g_strdup_printf (_("%u. %s: %s"), position + 1, plx_article_get_display_name (reference->article),
                          opening);
}

static gboolean
row_filter_cb (GtkListBoxRow *list_row,
               gpointer       user_data)
{
  GtkEditable *search = user_data;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (search), -1);
  g_autofree char *haystack = NULL;
  GtkWidget *label = gtk_list_box_row_get_child (list_row);

  if (*needle == '\0')
    return TRUE;
  haystack = g_utf8_casefold (gtk_label_get_text (GTK_LABEL (label)), -1);

  return strstr (haystack, needle) != NULL;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   GtkListBox     *list)
{
  gtk_list_box_invalidate_filter (list);
}

static void
plx_window_move_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             PlxWindow        *self)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (dialog), "plx-list");
  const char *id = g_object_get_data (G_OBJECT (dialog), "plx-article");
  guint sentence = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "plx-sentence"));
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (list);
  PlxArticle *article;
  PlxRow *target;

  if (!g_str_equal (response, "move") || selected == NULL || self->corpus == NULL || self->alignment == NULL ||
      (article = plx_corpus_find_article (self->corpus, id)) == NULL)
    return;

  target = g_object_get_data (G_OBJECT (selected), "plx-row");
  /* Aligned again meanwhile: the row is found by one of its sentences. */
  target = plx_alignment_find_row (self->alignment, plx_row_get_member (target, 0)->article,
                                   plx_row_get_member (target, 0)->sentence);
  if (target != NULL)
    plx_window_join (self, article, sentence, target);
}

static void
row_selected_cb (GtkListBox       *list,
                 GtkListBoxRow    *row,
                 AdwMessageDialog *dialog)
{
  /* NULL also while the dialog is destroyed, its responses gone. */
  if (row != NULL)
    adw_message_dialog_set_response_enabled (dialog, "move", TRUE);
}

static void
row_activated_cb (GtkListBox       *list,
                  GtkListBoxRow    *row,
                  AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "move");
  gtk_window_close (GTK_WINDOW (dialog));
}

/* win.move-to-row ((su)): asks which row the sentence joins. */
static void
plx_window_move_to_row_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  PlxArticle *article;
  guint sentence;
  PlxRow *row;
  GtkWidget *dialog, *box, *search, *scroller, *list;
  g_autofree char *opening = NULL;

  if (!plx_window_find_sentence (self, parameter, &article, &sentence, &row))
    return;

  opening = plx_text_opening (plx_sentence_get_text (plx_article_get_sentence (article, sentence)), 120);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Move to Row"), NULL);
  if (g_utf8_strchr ("“\"‘«„", -1, g_utf8_get_char (opening)) != NULL)
    /* A sentence that opens with a quotation is shown as it is. */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    /* Translators: %s is an outlet, the second %s the opening of its
                                     * sentence, which starts with a quotation mark of its own */
                                    _("Which row does this sentence of %s belong in?\n%s"),
                                    plx_article_get_display_name (article), opening);
  else
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    /* Translators: %s is an outlet, the second %s the opening of its sentence */
                                    _("Which row does this sentence of %s belong in?\n“%s”"),
                                    plx_article_get_display_name (article), opening);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  search = gtk_search_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Find a row"), -1);
  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (self->alignment)); r++)
    {
      PlxRow *candidate = plx_alignment_get_row (self->alignment, r);
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (candidate == row)
        continue;
      text = row_summary (candidate, r);
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* The dialog is narrow: three lines of each row's opening. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
      g_object_set_data (G_OBJECT (gtk_widget_get_parent (label)), "plx-row", candidate);
    }
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), row_filter_cb, search, NULL);
  g_signal_connect (search, "search-changed", G_CALLBACK (search_changed_cb), list);
  g_signal_connect (list, "row-selected", G_CALLBACK (row_selected_cb), dialog);
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), dialog);

  scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "child", list,
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "min-content-height", 320,
                           "min-content-width", 480,
                           NULL);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  /* The alignment may be replaced while the dialog is open: it keeps
   * the rows it lists alive. */
  g_object_set_data_full (G_OBJECT (dialog), "plx-alignment", g_object_ref (self->alignment), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "plx-list", list);
  g_object_set_data_full (G_OBJECT (dialog), "plx-article", g_strdup (plx_article_get_id (article)), g_free);
  g_object_set_data (G_OBJECT (dialog), "plx-sentence", GUINT_TO_POINTER (sentence));
  g_signal_connect_object (dialog, "response", G_CALLBACK (plx_window_move_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (search);
}

/* win.take-out-of-row ((su)) */
static void
plx_window_take_out_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  PlxCorrections *edited;
  PlxArticle *article;
  guint sentence;
  PlxRow *row;

  if (!plx_window_find_sentence (self, parameter, &article, &sentence, &row))
    return;
  if (plx_row_get_n_members (row) < 2)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  edited = plx_window_copy_corrections (self);
  plx_corrections_take_out (edited, row, article, sentence);
  plx_window_edit (self, edited, article, sentence);
}

/* ---- Notes ------------------------------------------------------------------- */

static void
plx_window_note_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             PlxWindow        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "plx-entry");
  GVariant *parameter = g_object_get_data (G_OBJECT (dialog), "plx-sentence");
  PlxCorrections *edited;
  PlxArticle *article;
  guint sentence;
  PlxRow *row;

  if (!g_str_equal (response, "save") || !plx_window_find_sentence (self, parameter, &article, &sentence, &row) ||
      g_strcmp0 (gtk_editable_get_text (entry), plx_row_get_note (row) != NULL ? plx_row_get_note (row) : "") == 0)
    return;

  edited = plx_window_copy_corrections (self);
  plx_corrections_set_note (edited, row, gtk_editable_get_text (entry));
  plx_window_edit (self, edited, article, sentence);
}

/* win.edit-note ((su)): the note on the row of that sentence. */
static void
plx_window_edit_note_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  PlxArticle *article;
  guint sentence;
  PlxRow *row;
  AdwMessageDialog *dialog;

  if (!plx_window_find_sentence (self, parameter, &article, &sentence, &row))
    return;

  dialog = entry_dialog_new (self, _("Note on This Row"), "save", _("_Save Note"),
                             plx_row_get_note (row) != NULL ? plx_row_get_note (row) : "", _("Note"),
                             G_CALLBACK (plx_window_note_response_cb));
  adw_message_dialog_set_body (dialog, _("The note is saved with the comparison and shown in its exports. "
                                         "Leave it empty to remove it."));
  g_object_set_data_full (G_OBJECT (dialog), "plx-sentence", g_variant_ref (parameter),
                          (GDestroyNotify) g_variant_unref);
  entry_dialog_present (dialog);
}

/* ---- Saving -------------------------------------------------------------------- */

/* Saves to @file; with @close, closes the window once saved. Errors are
 * shown. */
static gboolean
plx_window_save_to (PlxWindow *self,
                    GFile     *file)
{
  g_autoptr(GError) error = NULL;
  PlxCorrections *corrections = plx_comparison_get_corrections (self->comparison);
  const char *pivot = self->alignment != NULL && plx_alignment_get_pivot (self->alignment) != NULL
                      ? plx_article_get_id (plx_alignment_get_pivot (self->alignment)) : NULL;

  /* The file keeps the outlet the rows follow. */
  if (g_strcmp0 (plx_corrections_get_pivot (corrections), pivot) != 0)
    {
      g_autoptr(PlxCorrections) with_pivot = plx_corrections_copy (corrections);

      plx_corrections_set_pivot (with_pivot, pivot);
      plx_comparison_set_corrections (self->comparison, with_pivot);
    }

  if (!plx_comparison_save (self->comparison, file, NULL, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      self->close_after_save = FALSE;
      g_clear_object (&self->open_after_save);
      return FALSE;
    }

  if (self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
  else if (self->open_after_save != NULL)
    {
      g_autoptr(GFile) next = g_steal_pointer (&self->open_after_save);

      plx_window_load (self, next, FALSE);
    }

  return TRUE;
}

static void
plx_window_save_chooser_response_cb (PlxWindow            *self,
                                     int                   response,
                                     GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->save_chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT ||
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    {
      self->close_after_save = FALSE;
      g_clear_object (&self->open_after_save);
      return;
    }

  name = g_file_get_basename (file);
  if (!g_str_has_suffix (name, PLX_COMPARISON_FILE_SUFFIX))
    {
      g_autofree char *with_suffix = g_strconcat (name, PLX_COMPARISON_FILE_SUFFIX, NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      g_object_unref (file);
      file = g_file_get_child (parent, with_suffix);
    }

  plx_window_save_to (self, file);
}

static void
plx_window_save_as (PlxWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->save_chooser != NULL || self->corpus == NULL)
    return;

  self->save_chooser = gtk_file_chooser_native_new (_("Save Comparison"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->save_chooser), TRUE);
  /* Translators: a file type in the Save dialog */
  gtk_file_filter_set_name (filter, _("Parallax Comparisons"));
  gtk_file_filter_add_mime_type (filter, PLX_COMPARISON_FILE_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "parallax");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_chooser), filter);

  name = g_strconcat (plx_window_corpus_name (self), PLX_COMPARISON_FILE_SUFFIX, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_chooser), name);

  g_signal_connect_object (self->save_chooser, "response",
                           G_CALLBACK (plx_window_save_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
}

static void
plx_window_save_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlxWindow *self = PLX_WINDOW (widget);
  GFile *file = plx_comparison_get_file (self->comparison);

  if (self->corpus == NULL)
    return;

  if (g_str_equal (action_name, "win.save") && file != NULL)
    plx_window_save_to (self, file);
  else
    plx_window_save_as (self);
}

/* ---- Closing with changes not saved ---------------------------------------------- */

static void
plx_window_close_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              PlxWindow        *self)
{
  GFile *file = plx_comparison_get_file (self->comparison);
  g_autoptr(GFile) next = g_object_steal_data (G_OBJECT (dialog), "plx-open");

  self->close_dialog = NULL;
  if (g_str_equal (response, "discard") && next != NULL)
    plx_window_load (self, next, FALSE);
  else if (g_str_equal (response, "discard"))
    {
      self->discard_changes = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      if (next != NULL)
        g_set_object (&self->open_after_save, next);
      else
        self->close_after_save = TRUE;
      if (file != NULL)
        plx_window_save_to (self, file);
      else
        plx_window_save_as (self);
    }
}

/* Asks whether to save the corrections before the window closes or,
 * with @next, opens @next in their place. */
static gboolean
plx_window_ask_to_save (PlxWindow *self,
                        GFile     *next)
{
  GtkWidget *dialog;

  if (self->discard_changes || !plx_comparison_get_modified (self->comparison) || self->corpus == NULL)
    return FALSE;

  if (self->close_dialog != NULL)
    {
      gtk_window_present (self->close_dialog);
      return TRUE;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   next == NULL
                                   ? _("The corrections to this comparison are not saved. "
                                       "Closing without saving loses them.")
                                   : _("The corrections to this comparison are not saved. "
                                       "Opening another corpus without saving loses them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (next != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "plx-open", g_object_ref (next), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (plx_window_close_response_cb), self, 0);
  self->close_dialog = GTK_WINDOW (dialog);

  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* Returns: %TRUE when the window must stay open: its changes are not
 * saved, and the user is asked. */
gboolean
plx_window_edits_close_request (PlxWindow *self)
{
  return plx_window_ask_to_save (self, NULL);
}

/* Returns: %TRUE when @location must wait: opening it would lose
 * corrections not saved, and the user is asked (reading the same
 * corpus again keeps them). */
gboolean
plx_window_edits_open_request (PlxWindow *self,
                               GFile     *location)
{
  GFile *shown = plx_comparison_get_location (self->comparison);

  if (shown != NULL && g_file_equal (shown, location))
    return FALSE;

  return plx_window_ask_to_save (self, location);
}

/**
 * plx_window_save_comparison:
 * @file: the `.parallax` file
 *
 * Saves the comparison to @file, as Save As does after its dialog: for
 * the tests.
 *
 * Returns: whether it was saved
 */
gboolean
plx_window_save_comparison (PlxWindow *self,
                            GFile     *file)
{
  return plx_window_save_to (self, file);
}

void
plx_window_edits_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, plx_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, plx_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, plx_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, plx_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.rename-outlet", "s", plx_window_rename_outlet_action);
  gtk_widget_class_install_action (widget_class, "win.move-to-row", "(su)", plx_window_move_to_row_action);
  gtk_widget_class_install_action (widget_class, "win.join-row", "((su)(su))", plx_window_join_row_action);
  gtk_widget_class_install_action (widget_class, "win.take-out-of-row", "(su)", plx_window_take_out_action);
  gtk_widget_class_install_action (widget_class, "win.edit-note", "(su)", plx_window_edit_note_action);

  /* Bindings of the window, not the application's accelerators: a text
   * entry with the focus undoes its own typing first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

void
plx_window_edits_init (PlxWindow *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo_stack = g_ptr_array_new_with_free_func (g_object_unref);
  plx_window_edits_update_actions (self);
}

void
plx_window_edits_dispose (PlxWindow *self)
{
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_object (&self->edit_article);
  g_clear_object (&self->edit_row);
  g_clear_object (&self->open_after_save);
  plx_window_cancel_select_edited (self);
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);
}
