/* plx-tooltip.c: tooltips for widgets made by the thousand
 *
 * gtk_widget_set_tooltip_text() on a visible widget asks the display
 * where the pointer is, in case the tooltip shown must change: on X11
 * a round trip to the server each time (GTK 4.8). List rows set theirs
 * as they are bound, by the hundred before the first frame; these
 * tooltips are only looked up when GTK asks for one.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-tooltip.h"

#define TOOLTIP_KEY "plx-tooltip"
#define CONNECTED_KEY "plx-tooltip-connected"

static gboolean
plx_tooltip_query_cb (GtkWidget  *widget,
                      int         x,
                      int         y,
                      gboolean    keyboard_mode,
                      GtkTooltip *tooltip,
                      gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/**
 * plx_tooltip_set_text:
 * @widget: a widget
 * @text: (nullable): its tooltip, also its accessible description
 *
 * Gives @widget a tooltip as gtk_widget_set_tooltip_text() does, but
 * without asking where the pointer is: a tooltip already shown keeps
 * its text until the pointer moves.
 */
void
plx_tooltip_set_text (GtkWidget  *widget,
                      const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && *text == '\0')
    text = NULL;

  if (g_object_get_data (G_OBJECT (widget), CONNECTED_KEY) == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (plx_tooltip_query_cb), NULL);
      g_object_set_data (G_OBJECT (widget), CONNECTED_KEY, GINT_TO_POINTER (TRUE));
    }

  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);

  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/**
 * plx_tooltip_get_text:
 * @widget: a widget
 *
 * Returns: (nullable): the tooltip @widget shows when the pointer
 *   rests on it, set by plx_tooltip_set_text() or by GTK's own
 */
const char *
plx_tooltip_get_text (GtkWidget *widget)
{
  const char *text;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (!gtk_widget_get_has_tooltip (widget))
    return NULL;

  text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  return text != NULL ? text : gtk_widget_get_tooltip_text (widget);
}
