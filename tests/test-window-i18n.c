/* test-window-i18n.c: the window in the language of $LANGUAGE, as an
 * editor who does not work in English sees it; meson runs it once for
 * each language of po/LINGUAS
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "parallax-core.h"
#include "plx-application.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

/* The translation of @english, which must differ from it: the
 * catalogue of $LANGUAGE is really in use.
 */
static const char *
translated (const char *english)
{
  const char *text = _(english);

  if (g_strcmp0 (text, english) == 0)
    g_error ("“%s” is not translated into %s", english, g_getenv ("LANGUAGE"));

  return text;
}

/* The same, of a label that may carry a mnemonic ("_Open Folder…"). */
static char *
translated_menu_label (const char *english)
{
  g_autoptr(GString) label = g_string_new (translated (english));

  g_string_replace (label, "_", "", 0);

  return g_string_free (g_steal_pointer (&label), FALSE);
}

static gboolean
showing_comparison (gpointer data)
{
  PlxWindow *window = data;

  return plx_window_get_alignment (window) != NULL &&
         g_strcmp0 (plx_window_get_visible_page_name (window), "comparison") == 0;
}

/* Whether @menu (or a section or submenu of it) has an item labelled
 * @label.
 */
static gboolean
menu_has_label (GMenuModel *menu,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_strcmp0 (text, label) == 0)
        return TRUE;

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          if (menu_has_label (link, label))
            return TRUE;
        }
    }

  return FALSE;
}

static GMenuModel *
find_menu (GtkWidget  *widget,
           const char *english_tooltip)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), _(english_tooltip)) == 0)
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *found = find_menu (child, english_tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
laid_out (gpointer data)
{
  PlxWindow *window = data;

  return gtk_widget_get_width (GTK_WIDGET (plx_window_get_ledger_sidebar (window))) > 0 &&
         gtk_widget_get_width (GTK_WIDGET (plx_window_get_comparison_view (window))) > 0 &&
         !gtk_stack_get_transition_running (window->stack);
}

static double
centre_x (GtkWidget *widget,
          GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));

  return bounds.origin.x + bounds.size.width / 2;
}

/* The empty window, the main menu, the comparison of the sample and its
 * ledger, all in the language of $LANGUAGE; under a right-to-left
 * language, mirrored.
 */
static void
test_window_translated (void)
{
  g_autoptr(GFile) sample = plx_test_dup_sample ();
  PlxWindow *window = g_object_ref (plx_window_new (NULL));
  g_autofree char *open_folder = translated_menu_label ("_Open Folder…");
  GMenuModel *primary;

  gtk_window_present (GTK_WINDOW (window));

  /* Arabic reads from right to left: GTK takes that from its own
   * catalogue.
   */
  if (g_str_has_prefix (g_getenv ("LANGUAGE"), "ar"))
    g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);

  /* The title of the empty window's page. */
  plx_test_wait_for_label (GTK_WIDGET (window), translated ("No Corpus Open"));

  /* The main menu. */
  primary = find_menu (GTK_WIDGET (window), "Main Menu");
  g_assert_nonnull (primary);
  g_assert_true (menu_has_label (primary, _("_Open Folder…")));
  g_assert_cmpstr (open_folder, !=, "Open Folder…");

  /* The comparison and the ledger sidebar. */
  plx_window_open (window, sample);
  g_assert_true (plx_test_wait_until (showing_comparison, window));
  plx_test_wait_for_label (GTK_WIDGET (plx_window_get_ledger_sidebar (window)), translated ("Tariffs & Figures"));
  plx_test_wait_for_label (GTK_WIDGET (plx_window_get_comparison_view (window)), translated ("not reported"));

  if (gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL)
    {
      /* Mirrored: the ledger on the left, the first outlet's column to
       * the right of the second's.
       */
      GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
      PlxCorpus *corpus = plx_window_get_corpus (window);
      GtkWidget *first;
      GtkWidget *second;

      g_assert_true (plx_test_wait_until (laid_out, window));
      g_assert_cmpfloat (centre_x (GTK_WIDGET (plx_window_get_ledger_sidebar (window)), GTK_WIDGET (window)), <,
                         centre_x (view, GTK_WIDGET (window)));

      first = plx_test_wait_for_label (view, plx_article_get_display_name (plx_corpus_get_article (corpus, 0)));
      second = plx_test_wait_for_label (view, plx_article_get_display_name (plx_corpus_get_article (corpus, 1)));
      g_assert_cmpfloat (centre_x (first, GTK_WIDGET (window)), >, centre_x (second, GTK_WIDGET (window)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");

  /* The catalogues built with the tests, not installed ones. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, PO_BUILD_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (language == NULL || *language == '\0')
    g_error ("Set LANGUAGE to the language to test");

  g_test_add_func ("/window-i18n/translated", test_window_translated);

  return g_test_run ();
}
