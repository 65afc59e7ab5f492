/* plx-row-menu.c: the context menu of a row, or of one outlet's cell
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-article.h"
#include "plx-row-menu.h"

/* The window's corrections (plx-window-edits.c), for a sentence of the
 * row: each action names the sentence by article id and index, and
 * finds its row again when it runs, so that a menu left open over an
 * alignment since replaced does no harm. */

static void
append_sentence_items (GMenu              *menu,
                       PlxRow             *row,
                       const PlxRowMember *member)
{
  GVariant *target = g_variant_new ("(su)", plx_article_get_id (member->article), member->sentence);
  g_autoptr(GMenuItem) move = g_menu_item_new (_("_Move to Row…"), NULL);
  g_autoptr(GMenuItem) take_out = g_menu_item_new (_("_Take Out of Row"), NULL);

  g_menu_item_set_action_and_target_value (move, "win.move-to-row", target);
  g_menu_append_item (menu, move);
  if (plx_row_get_n_members (row) > 1)
    {
      g_menu_item_set_action_and_target_value (take_out, "win.take-out-of-row", target);
      g_menu_append_item (menu, take_out);
    }
}

/**
 * plx_row_menu_new:
 * @row: a row
 * @article: (nullable): the outlet whose cell the menu is for, or %NULL
 *   for every outlet of the row (the keyboard's menu of a row)
 *
 * Returns: (transfer full): the menu: the row's note, then for each
 *   sentence Move to Row and Take Out of Row, and renaming the outlet
 */
GMenuModel *
plx_row_menu_new (PlxRow     *row,
                  PlxArticle *article)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) note_section = g_menu_new ();
  g_autoptr(GMenuItem) note = NULL;
  const PlxRowMember *first = plx_row_get_member (row, 0);

  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    {
      const PlxRowMember *member = plx_row_get_member (row, m);
      g_autoptr(GMenu) section = NULL;
      g_autoptr(GMenuItem) rename = NULL;

      if (article != NULL && member->article != article)
        continue;
      /* A statement split in two: one section for the outlet. */
      if (m > 0 && plx_row_get_member (row, m - 1)->article == member->article)
        continue;

      section = g_menu_new ();
      append_sentence_items (section, row, member);
      rename = g_menu_item_new (_("_Rename Outlet…"), NULL);
      g_menu_item_set_action_and_target (rename, "win.rename-outlet", "s", plx_article_get_id (member->article));
      g_menu_append_item (section, rename);
      g_menu_append_section (menu, article == NULL ? plx_article_get_display_name (member->article) : NULL,
                             G_MENU_MODEL (section));
      if (article != NULL)
        first = member;
    }

  note = g_menu_item_new (plx_row_get_note (row) != NULL ? _("Edit _Note…") : _("Add _Note…"), NULL);
  g_menu_item_set_action_and_target (note, "win.edit-note", "(su)",
                                     plx_article_get_id (first->article), first->sentence);
  g_menu_append_item (note_section, note);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (note_section));

  return G_MENU_MODEL (menu);
}

/* A menu item's action runs after the popover closed: it must still be
 * in the window then. */
static gboolean
unparent_idle_cb (gpointer user_data)
{
  GtkWidget *popover = user_data;

  /* Unless its parent went first (plx_row_menu_dismiss()). */
  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  g_object_unref (popover);

  return G_SOURCE_REMOVE;
}

static void
popover_closed_cb (GtkPopover *popover)
{
  g_idle_add (unparent_idle_cb, g_object_ref (popover));
}

/**
 * plx_row_menu_dismiss:
 * @parent: a widget menus were shown on
 *
 * Takes away the menus shown on @parent: its dispose must, as a widget
 * may not go with children it did not unparent.
 */
void
plx_row_menu_dismiss (GtkWidget *parent)
{
  GtkWidget *child = gtk_widget_get_first_child (parent);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_POPOVER_MENU (child))
        gtk_widget_unparent (child);
      child = next;
    }
}

/**
 * plx_row_menu_popup:
 * @parent: the widget the menu points at
 * @x: where, in @parent's coordinates (or -1 for its middle)
 *
 * Shows the menu of plx_row_menu_new() in a popover, freed once closed.
 */
void
plx_row_menu_popup (GtkWidget  *parent,
                    PlxRow     *row,
                    PlxArticle *article,
                    double      x,
                    double      y)
{
  g_autoptr(GMenuModel) model = plx_row_menu_new (row, article);
  GtkWidget *popover = gtk_popover_menu_new_from_model (model);
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  if (x < 0)
    {
      rect.x = gtk_widget_get_width (parent) / 2;
      rect.y = gtk_widget_get_height (parent) / 2;
    }

  gtk_widget_set_parent (popover, parent);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &rect);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), TRUE);
  if (gtk_widget_get_direction (parent) == GTK_TEXT_DIR_RTL)
    gtk_widget_set_halign (popover, GTK_ALIGN_END);
  else
    gtk_widget_set_halign (popover, GTK_ALIGN_START);
  g_signal_connect (popover, "closed", G_CALLBACK (popover_closed_cb), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}
