/* plx-comparison-cell.c: one outlet's sentences of a row, in the
 * comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list recycles its cells as the comparison scrolls, and fills each
 * again for the row coming into view: so filling one, and measuring
 * it, must cost little. The cell is a caption over the reference's
 * sentence, made only for the cells that need it, and a wrapping label
 * whose marks are Pango attributes; it lays them out itself so that a
 * height asked for without a width does not lay the text out again.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "plx-comparison-cell.h"
#include "plx-marks.h"
#include "plx-match.h"

#define CAPTION_SPACING 2

struct _PlxComparisonCell
{
  GtkWidget  parent_instance;

  GtkWidget *caption;        /* over the reference's sentence, once needed */
  GtkWidget *label;          /* the sentences, their differences marked */
  char      *tooltip;        /* what the reference says instead, or NULL */
  int        match;          /* a PlxMatch, or -1 before the first row */
  gboolean   mentioned;      /* states the ledger entry selected */
  PlxRow     *row;           /* shown, owned by the view's alignment */
  PlxArticle *article;       /* the column's, owned by the corpus */
};

G_DEFINE_FINAL_TYPE (PlxComparisonCell, plx_comparison_cell, GTK_TYPE_WIDGET)

/* The height of a line of the sentence's font, in Pango units. Pango
 * measures a font by shaping a sample text, and the list makes many
 * cells: the heights are kept with the font map, which all the cells
 * share, for each font and resolution.
 */
static int
plx_comparison_cell_get_line_height (PlxComparisonCell *self)
{
  static GQuark heights_quark;
  PangoContext *context = gtk_widget_get_pango_context (self->label);
  PangoFontMap *font_map = pango_context_get_font_map (context);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  g_autofree char *font_name = pango_font_description_to_string (font);
  g_autofree char *key = NULL;
  GHashTable *heights;
  gpointer height;

  if (heights_quark == 0)
    heights_quark = g_quark_from_static_string ("plx-comparison-cell-line-heights");

  heights = g_object_get_qdata (G_OBJECT (font_map), heights_quark);
  if (heights == NULL)
    {
      heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_qdata_full (G_OBJECT (font_map), heights_quark, heights,
                               (GDestroyNotify) g_hash_table_unref);
    }

  key = g_strdup_printf ("%s@%g", font_name, pango_cairo_context_get_resolution (context));
  if (!g_hash_table_lookup_extended (heights, key, NULL, &height))
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, font, NULL);

      height = GINT_TO_POINTER (pango_font_metrics_get_height (metrics));
      pango_font_metrics_unref (metrics);
      g_hash_table_insert (heights, g_steal_pointer (&key), height);
    }

  return GPOINTER_TO_INT (height);
}

static GtkSizeRequestMode
plx_comparison_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
plx_comparison_cell_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PlxComparisonCell *self = PLX_COMPARISON_CELL (widget);
  gboolean captioned = self->caption != NULL && gtk_widget_get_visible (self->caption);
  int caption_min = 0;
  int caption_nat = 0;
  int label_min;
  int label_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* From the label's width-chars and max-width-chars, and its
       * text, whatever the height: a column view asks each cell it
       * allocates for its width at the row's height, which a wrapping
       * label answers by laying its text out at one width after
       * another until it fits.
       */
      gtk_widget_measure (self->label, orientation, -1, &label_min, &label_nat, NULL, NULL);
      if (captioned)
        gtk_widget_measure (self->caption, orientation, -1, &caption_min, &caption_nat, NULL, NULL);
      *minimum = MAX (caption_min, label_min);
      *natural = MAX (caption_nat, label_nat);
      return;
    }

  /* The height at a width: one layout of the text at that width. A
   * height for no width in particular, which only the scrolled
   * window's natural size asks for, would lay the text out unwrapped:
   * a line's height stands for it.
   */
  if (for_size < 0)
    label_min = label_nat = PANGO_PIXELS_CEIL (plx_comparison_cell_get_line_height (self));
  else
    gtk_widget_measure (self->label, orientation, for_size, &label_min, &label_nat, NULL, NULL);
  if (captioned)
    {
      gtk_widget_measure (self->caption, orientation, for_size, &caption_min, &caption_nat, NULL, NULL);
      caption_min += CAPTION_SPACING;
      caption_nat += CAPTION_SPACING;
    }
  *minimum = caption_min + label_min;
  *natural = caption_nat + label_nat;
}

static void
plx_comparison_cell_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  PlxComparisonCell *self = PLX_COMPARISON_CELL (widget);
  int y = 0;

  if (self->caption != NULL && gtk_widget_get_visible (self->caption))
    {
      int caption_height;

      gtk_widget_measure (self->caption, GTK_ORIENTATION_VERTICAL, width, NULL, &caption_height, NULL, NULL);
      gtk_widget_allocate (self->caption, width, caption_height, -1, NULL);
      y = caption_height + CAPTION_SPACING;
    }

  /* The rest of the row's height, which the tallest cell sets. */
  gtk_widget_allocate (self->label, width, MAX (height - y, 0), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
}

static gboolean
plx_comparison_cell_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  PlxComparisonCell *self = PLX_COMPARISON_CELL (widget);

  /* Asked for when the pointer rests on the cell. Setting a tooltip's
   * text on the widget instead makes GTK look where the pointer is, a
   * round trip to the display server, each time a cell is filled.
   */
  if (self->tooltip == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, self->tooltip);

  return TRUE;
}

/* Few cells hold a row's reference: the others, of which GTK 4.8
 * makes new ones for each row scrolled into view, do without the
 * caption's widget.
 */
static void
plx_comparison_cell_show_caption (PlxComparisonCell *self,
                                  gboolean           shown)
{
  if (self->caption == NULL)
    {
      if (!shown)
        return;

      /* Translators: the caption over the sentence of a row that the
       * other outlets' sentences are compared with
       */
      self->caption = gtk_label_new (_("Reference"));
      gtk_label_set_xalign (GTK_LABEL (self->caption), 0.0f);
      gtk_widget_add_css_class (self->caption, "caption");
      gtk_widget_add_css_class (self->caption, "dim-label");
      gtk_widget_insert_before (self->caption, GTK_WIDGET (self), self->label);
    }

  gtk_widget_set_visible (self->caption, shown);
}

static void
plx_comparison_cell_update_classes (PlxComparisonCell *self)
{
  const char *classes[] = {
    "comparison-cell",
    self->match >= 0 ? plx_match_css_class (self->match) : NULL,
    NULL,
    NULL,
  };

  if (self->mentioned)
    classes[classes[1] != NULL ? 2 : 1] = "mentioned";
  gtk_widget_set_css_classes (GTK_WIDGET (self), classes);
}

/**
 * plx_comparison_cell_bind:
 * @self: a #PlxComparisonCell
 * @row: the row to show
 * @article: the article of the cell's column
 *
 * Shows @article's sentences of @row, their differences from the
 * reference marked, or that the article does not report the row.
 */
void
plx_comparison_cell_bind (PlxComparisonCell *self,
                          PlxRow            *row,
                          PlxArticle        *article)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) tooltip = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *accessible = NULL;
  PlxMatch match;

  g_return_if_fail (PLX_IS_COMPARISON_CELL (self));
  g_return_if_fail (PLX_IS_ROW (row));

  match = plx_match_of_article (row, article);

  /* A statement one outlet splits over two sentences gives the row
   * two members from one article: the cell shows them both.
   */
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      if (member->article != article)
        continue;

      if (text->len > 0)
        {
          g_string_append_c (text, ' ');
          g_string_append_c (plain, ' ');
        }
      plx_marks_append_member (text, attrs, member);
      plx_marks_append_tooltip (tooltip, member);
      g_string_append (plain, plx_row_member_get_text (member));
    }

  if (match == PLX_MATCH_NONE)
    g_string_append (text, plx_match_label (PLX_MATCH_NONE));

  /* Restyling is the dear part of filling a recycled cell. */
  self->row = row;
  self->article = article;
  if ((int) match != self->match)
    {
      self->match = match;
      plx_comparison_cell_update_classes (self);
      plx_comparison_cell_show_caption (self, match == PLX_MATCH_REFERENCE);
    }

  gtk_label_set_text (GTK_LABEL (self->label), text->str);
  gtk_label_set_attributes (GTK_LABEL (self->label), attrs);

  g_clear_pointer (&self->tooltip, g_free);
  if (tooltip->len > 0)
    {
      self->tooltip = g_string_free (g_steal_pointer (&tooltip), FALSE);
      /* What the tooltip says, a screen reader says on request. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->tooltip,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  /* Translators: what a screen reader says of a cell: the outlet, how
   * its sentence compares ("reworded", "not reported"…) and the sentence
   */
  accessible = g_strdup_printf (_("%s, %s: %s"),
                                plx_article_get_display_name (article),
                                plx_match_label (match), plain->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
plx_comparison_cell_dispose (GObject *object)
{
  PlxComparisonCell *self = PLX_COMPARISON_CELL (object);

  g_clear_pointer (&self->caption, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->tooltip, g_free);

  G_OBJECT_CLASS (plx_comparison_cell_parent_class)->dispose (object);
}

static void
plx_comparison_cell_class_init (PlxComparisonCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_comparison_cell_dispose;

  widget_class->get_request_mode = plx_comparison_cell_get_request_mode;
  widget_class->measure = plx_comparison_cell_measure;
  widget_class->size_allocate = plx_comparison_cell_size_allocate;
  widget_class->query_tooltip = plx_comparison_cell_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "comparisoncell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
plx_comparison_cell_init (PlxComparisonCell *self)
{
  /* No class yet: the first row bound sets one. */
  self->match = -1;

  self->label = g_object_new (GTK_TYPE_LABEL,
                              "wrap", TRUE,
                              "wrap-mode", PANGO_WRAP_WORD_CHAR,
                              "xalign", 0.0f,
                              "yalign", 0.0f,
                              /* The natural width of a wrapping label is
                               * that of its whole text; this keeps the
                               * columns to the window.
                               */
                              "width-chars", 16,
                              "max-width-chars", 36,
                              NULL);
  gtk_widget_add_css_class (self->label, "sentence");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/**
 * plx_comparison_cell_new:
 *
 * Returns: (transfer floating): a new cell, showing no row yet
 */
GtkWidget *
plx_comparison_cell_new (void)
{
  return g_object_new (PLX_TYPE_COMPARISON_CELL, NULL);
}

/**
 * plx_comparison_cell_get_row:
 * @self: a #PlxComparisonCell
 *
 * Returns: (transfer none) (nullable): the row shown, if any
 */
PlxRow *
plx_comparison_cell_get_row (PlxComparisonCell *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_CELL (self), NULL);

  return self->row;
}

/**
 * plx_comparison_cell_get_article:
 * @self: a #PlxComparisonCell
 *
 * Returns: (transfer none) (nullable): the article of the cell's column
 */
PlxArticle *
plx_comparison_cell_get_article (PlxComparisonCell *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_CELL (self), NULL);

  return self->article;
}

/**
 * plx_comparison_cell_set_mentioned:
 * @self: a #PlxComparisonCell
 * @mentioned: whether the cell's sentence states the ledger entry
 *   selected
 *
 * Outlines the cell (the .mentioned style class) while the ledger entry
 * the user selected is stated in it.
 */
void
plx_comparison_cell_set_mentioned (PlxComparisonCell *self,
                                   gboolean           mentioned)
{
  g_return_if_fail (PLX_IS_COMPARISON_CELL (self));

  mentioned = !!mentioned;
  if (mentioned == self->mentioned)
    return;

  self->mentioned = mentioned;
  plx_comparison_cell_update_classes (self);
}

/**
 * plx_comparison_cell_get_mentioned:
 * @self: a #PlxComparisonCell
 *
 * Returns: whether the cell is outlined as stating the ledger entry
 *   selected
 */
gboolean
plx_comparison_cell_get_mentioned (PlxComparisonCell *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_CELL (self), FALSE);

  return self->mentioned;
}
