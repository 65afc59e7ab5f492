/* test-window-corrections.c: the editor's corrections in the window:
 * renaming an outlet, moving a sentence to a row and out of it, a note,
 * undo and redo, saving, reopening, and the question on closing with
 * changes not saved
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "plx-comparison-cell.h"
#include "plx-test-util.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

static gboolean
window_realigned (gpointer data)
{
  PlxWindow *window = data;

  return window->cancellable == NULL && window->realign_cancellable == NULL && !window->edit_pending &&
         window->edit_select_id == 0;
}

static void
wait_for_realign (PlxWindow *window)
{
  g_assert_true (plx_test_wait_until (window_realigned, window));
}

/* The message dialog over @window that is shown, or NULL. */
static AdwMessageDialog *
find_dialog (PlxWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* Answers the dialog shown over @window, as a click on @response does. */
static void
answer (PlxWindow  *window,
        const char *response)
{
  AdwMessageDialog *dialog = find_dialog (window);

  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
type_into_dialog (PlxWindow  *window,
                  const char *text)
{
  AdwMessageDialog *dialog = find_dialog (window);
  GtkWidget *entry;

  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EDITABLE (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static const PlxRowMember *
member_of (PlxRow *row,
           guint   i)
{
  return plx_row_get_member (row, i);
}

typedef struct
{
  PlxArticle *article;
  guint       sentence;
} Sentence;

static Sentence
sentence_of (PlxRow *row,
             guint   i)
{
  Sentence s = { member_of (row, i)->article, member_of (row, i)->sentence };

  return s;
}

static gboolean
together (PlxWindow *window,
          Sentence   a,
          Sentence   b)
{
  PlxAlignment *alignment = plx_window_get_alignment (window);

  return plx_alignment_find_row (alignment, a.article, a.sentence) ==
         plx_alignment_find_row (alignment, b.article, b.sentence);
}

static const char *
column_title (PlxWindow *window,
              guint      position)
{
  return gtk_column_view_column_get_title (plx_window_get_column (window, position));
}

static gboolean
modified_in_title (PlxWindow *window)
{
  return g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• ");
}

/* Selects, in the Move to Row dialog, the row that holds @target. */
static void
choose_target_row (PlxWindow *window,
                   Sentence   target)
{
  AdwMessageDialog *dialog = find_dialog (window);
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkListBox *list = g_object_get_data (G_OBJECT (dialog), "plx-list");
  PlxRow *row = plx_alignment_find_row (plx_window_get_alignment (window), target.article, target.sentence);

  g_assert_nonnull (box);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "move"));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "plx-row") == row)
      {
        gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (child));
        return;
      }

  g_assert_not_reached ();
}

static void
test_window_corrections_edit_save_reopen (void)
{
  PlxWindow *window = plx_test_open_sample ();
  PlxWindow *reopened;
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "edited.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PlxCorpus *corpus = plx_window_get_corpus (window);
  PlxArticle *first = plx_corpus_get_article (corpus, 0);
  PlxRow *single_a, *single_b, *pair;
  Sentence a, b, p0, p1;
  PlxRow *row;

  plx_test_choose_rows (plx_window_get_alignment (window), &single_a, &single_b, &pair);
  a = sentence_of (single_a, 0);
  b = sentence_of (single_b, 0);
  p0 = sentence_of (pair, 0);
  p1 = sentence_of (pair, 1);
  g_assert_false (modified_in_title (window));

  /* Rename the first outlet: its column's header follows. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-outlet", "s", plx_article_get_id (first));
  type_into_dialog (window, "The Daily Ledger");
  answer (window, "rename");
  wait_for_realign (window);
  g_assert_cmpstr (column_title (window, 0), ==, "The Daily Ledger");
  g_assert_true (modified_in_title (window));

  /* Move a sentence to another row, through the dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-to-row", "(su)",
                              plx_article_get_id (b.article), b.sentence);
  choose_target_row (window, a);
  answer (window, "move");
  wait_for_realign (window);
  g_assert_true (together (window, a, b));
  row = plx_alignment_find_row (plx_window_get_alignment (window), b.article, b.sentence);
  g_assert_true (plx_row_get_corrected (row));
  /* The view shows the row the sentence went to. */
  g_assert_true (plx_comparison_view_get_row (plx_window_get_comparison_view (window),
                                              plx_comparison_view_get_selected (plx_window_get_comparison_view (window))) == row);

  /* Take a sentence out of its row. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.take-out-of-row", "(su)",
                              plx_article_get_id (p1.article), p1.sentence);
  wait_for_realign (window);
  g_assert_false (together (window, p0, p1));

  /* Undo both, redo both. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  wait_for_realign (window);
  g_assert_true (together (window, p0, p1));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  wait_for_realign (window);
  g_assert_false (together (window, a, b));
  g_assert_cmpstr (column_title (window, 0), ==, "The Daily Ledger");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  wait_for_realign (window);
  g_assert_true (together (window, a, b));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  wait_for_realign (window);
  g_assert_false (together (window, p0, p1));
  g_assert_cmpuint (window->redo_stack->len, ==, 0);

  /* A note on the row the two sentences share. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-note", "(su)",
                              plx_article_get_id (a.article), a.sentence);
  type_into_dialog (window, "Checked against the ministry's readout.");
  answer (window, "save");
  wait_for_realign (window);
  row = plx_alignment_find_row (plx_window_get_alignment (window), a.article, a.sentence);
  g_assert_cmpstr (plx_row_get_note (row), ==, "Checked against the ministry's readout.");

  /* Saved: the title loses its mark. */
  g_assert_true (plx_window_save_comparison (window, file));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (modified_in_title (window));

  /* Reopened: the same corrections. */
  reopened = plx_test_open_window (path, "comparison");
  g_assert_cmpstr (column_title (reopened, 0), ==, "The Daily Ledger");
  {
    PlxCorpus *c = plx_window_get_corpus (reopened);
    Sentence ra = { plx_corpus_find_article (c, plx_article_get_id (a.article)), a.sentence };
    Sentence rb = { plx_corpus_find_article (c, plx_article_get_id (b.article)), b.sentence };
    Sentence r0 = { plx_corpus_find_article (c, plx_article_get_id (p0.article)), p0.sentence };
    Sentence r1 = { plx_corpus_find_article (c, plx_article_get_id (p1.article)), p1.sentence };

    g_assert_true (together (reopened, ra, rb));
    g_assert_false (together (reopened, r0, r1));
    row = plx_alignment_find_row (plx_window_get_alignment (reopened), ra.article, ra.sentence);
    g_assert_cmpstr (plx_row_get_note (row), ==, "Checked against the ministry's readout.");

    /* What dropping a cell on another row does. */
    gtk_widget_activate_action (GTK_WIDGET (reopened), "win.join-row", "((su)(su))",
                                plx_article_get_id (r1.article), r1.sentence,
                                plx_article_get_id (r0.article), r0.sentence);
    wait_for_realign (reopened);
    g_assert_true (together (reopened, r0, r1));
    g_assert_true (modified_in_title (reopened));
    gtk_widget_activate_action (GTK_WIDGET (reopened), "win.undo", NULL);
    wait_for_realign (reopened);
    g_assert_false (together (reopened, r0, r1));
  }
  g_assert_false (modified_in_title (reopened));

  plx_test_close_window (reopened);
  plx_test_close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Closing with corrections not saved asks first: Cancel keeps the
 * window, Save saves and closes, Discard closes. */
static void
test_window_corrections_unsaved (void)
{
  PlxWindow *window = plx_test_open_sample ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "unsaved.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved = NULL;
  PlxArticle *second = plx_corpus_get_article (plx_window_get_corpus (window), 1);

  /* Nothing changed: it closes at once. */
  g_assert_null (find_dialog (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-outlet", "s", plx_article_get_id (second));
  type_into_dialog (window, "Wire Service");
  answer (window, "rename");
  wait_for_realign (window);
  g_assert_true (plx_window_save_comparison (window, file));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-outlet", "s", plx_article_get_id (second));
  type_into_dialog (window, "Wire Service Renamed");
  answer (window, "rename");
  wait_for_realign (window);

  /* Opening another corpus asks too; Cancel keeps the comparison. */
  {
    g_autofree char *other = plx_test_make_corpus ("other", plx_test_three_articles);
    g_autoptr(GFile) other_location = g_file_new_for_path (other);

    plx_window_open (window, other_location);
    g_assert_nonnull (find_dialog (window));
    answer (window, "cancel");
    wait_for_realign (window);
    g_assert_cmpstr (plx_article_get_display_name (second), ==, "Wire Service Renamed");
    g_assert_true (modified_in_title (window));
    plx_test_remove_corpus (other);
  }

  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (find_dialog (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (find_dialog (window)), ==, "Save Changes?");
  answer (window, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Save: to the file it came from, then closed. */
  gtk_window_close (GTK_WINDOW (window));
  answer (window, "save");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_file_get_contents (path, &saved, NULL, NULL);
  g_assert_nonnull (strstr (saved, "Wire Service Renamed"));
  g_assert_finalize_object (window);

  /* Discard: closed, the file as it was. */
  window = plx_test_open_window (path, "comparison");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-outlet", "s", plx_article_get_id (second));
  type_into_dialog (window, "Not Kept");
  answer (window, "rename");
  wait_for_realign (window);
  gtk_window_close (GTK_WINDOW (window));
  answer (window, "discard");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_finalize_object (window);
  g_clear_pointer (&saved, g_free);
  g_file_get_contents (path, &saved, NULL, NULL);
  g_assert_null (strstr (saved, "Not Kept"));

  g_unlink (path);
  g_rmdir (dir);
}

/* A right click on a cell opens its outlet's menu of corrections. */
static void
test_window_corrections_cell_menu (void)
{
  PlxWindow *window = plx_test_open_sample ();
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
  GtkWidget *cell = plx_test_cell_of (plx_test_wait_for_label (view, "Rubio"));
  g_autoptr(GListModel) controllers = NULL;
  GtkWidget *popover = NULL;
  GMenuModel *model;
  g_autoptr(GString) labels = g_string_new (NULL);

  /* The cell widget holds the gestures. */
  while (cell != NULL && !PLX_IS_COMPARISON_CELL (cell))
    cell = gtk_widget_get_parent (cell);
  g_assert_nonnull (cell);
  controllers = gtk_widget_observe_controllers (cell);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
        g_signal_emit_by_name (controller, "pressed", 1, 4.0, 4.0);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (cell); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      popover = child;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));

  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  for (int s = 0; s < g_menu_model_get_n_items (model); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *label = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          g_string_append_printf (labels, "%s|", label);
        }
    }
  g_assert_cmpstr (labels->str, ==, "_Move to Row…|_Take Out of Row|_Rename Outlet…|Add _Note…|");

  gtk_popover_popdown (GTK_POPOVER (popover));
  plx_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-corrections/edit-save-reopen", test_window_corrections_edit_save_reopen);
  g_test_add_func ("/window-corrections/unsaved", test_window_corrections_unsaved);
  g_test_add_func ("/window-corrections/cell-menu", test_window_corrections_cell_menu);

  return g_test_run ();
}
