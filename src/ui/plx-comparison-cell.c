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
 *
 * GTK 4.8's list view binds the same rows again and again as it
 * scrolls: it keeps 200 rows around the row at the scroll position's
 * share of the page, and how many of them lie above that row follows
 * where its edge is on the page, so the rows kept slide down a few a
 * frame and jump back by dozens when that row changes. A row's sizes
 * do not change between bindings: the label's sizes for each row and
 * article are kept with the row (PlxCellSizes), and a cell bound again
 * to a row answers from them rather than laying its text out again.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "plx-comparison-cell.h"
#include "plx-marks.h"
#include "plx-match.h"
#include "plx-row-menu.h"

#define CAPTION_SPACING 2

/* How many widths a label's heights are kept for: the column's, and a
 * couple more while a column is resized.
 */
#define N_KEPT_HEIGHTS 3

/* The label's sizes for one article's sentences of a row, in the font
 * they were measured in; -1 for a size not measured yet.
 */
typedef struct
{
  PangoFontDescription *font;
  int                   min_width;
  int                   nat_width;
  struct
  {
    int width;
    int min_height;
    int nat_height;
  }                     heights[N_KEPT_HEIGHTS];
  guint                 n_heights;
  guint                 next_height;  /* the one to replace next */
} PlxCellSizes;

struct _PlxComparisonCell
{
  GtkWidget     parent_instance;

  GtkWidget    *caption;     /* over the reference's sentence, once needed */
  GtkWidget    *label;       /* the sentences, their differences marked */
  char         *tooltip;     /* what the reference says instead, or NULL */
  int           match;       /* a PlxMatch, or -1 before the first row */
  gboolean      mentioned;   /* states the ledger entry selected */
  PlxRow       *row;         /* the row shown, or NULL */
  PlxArticle   *article;     /* the column's, owned by the corpus */
  PlxCellSizes *sizes;       /* the label's sizes for it, kept on the row */
};

G_DEFINE_FINAL_TYPE (PlxComparisonCell, plx_comparison_cell, GTK_TYPE_WIDGET)

typedef struct
{
  int line_height;   /* in Pango units */
  int char_width;    /* approximate, in Pango units, as GtkLabel takes it */
} PlxFontSizes;

/* The sizes of the sentence's font. Pango measures a font by shaping
 * a sample text, and the list makes many cells: the sizes are kept
 * with the font map, which all the cells share, for each font and
 * resolution.
 */
static const PlxFontSizes *
plx_comparison_cell_get_font_sizes (PlxComparisonCell *self)
{
  static GQuark sizes_quark;
  PangoContext *context = gtk_widget_get_pango_context (self->label);
  PangoFontMap *font_map = pango_context_get_font_map (context);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  g_autofree char *font_name = pango_font_description_to_string (font);
  g_autofree char *key = NULL;
  GHashTable *fonts;
  PlxFontSizes *sizes;

  if (sizes_quark == 0)
    sizes_quark = g_quark_from_static_string ("plx-comparison-cell-font-sizes");

  fonts = g_object_get_qdata (G_OBJECT (font_map), sizes_quark);
  if (fonts == NULL)
    {
      fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_object_set_qdata_full (G_OBJECT (font_map), sizes_quark, fonts,
                               (GDestroyNotify) g_hash_table_unref);
    }

  key = g_strdup_printf ("%s@%g", font_name, pango_cairo_context_get_resolution (context));
  sizes = g_hash_table_lookup (fonts, key);
  if (sizes == NULL)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, font, NULL);

      sizes = g_new (PlxFontSizes, 1);
      sizes->line_height = pango_font_metrics_get_height (metrics);
      sizes->char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                               pango_font_metrics_get_approximate_digit_width (metrics));
      pango_font_metrics_unref (metrics);
      g_hash_table_insert (fonts, g_steal_pointer (&key), sizes);
    }

  return sizes;
}

static void
plx_cell_sizes_free (gpointer data)
{
  PlxCellSizes *sizes = data;

  g_clear_pointer (&sizes->font, pango_font_description_free);
  g_free (sizes);
}

/* The sizes of @article's cell of @row, kept on the row for as long as
 * it lives: one table per row, of its articles shown.
 */
static PlxCellSizes *
plx_cell_sizes_lookup (PlxRow     *row,
                       PlxArticle *article)
{
  static GQuark sizes_quark;
  GHashTable *table;
  PlxCellSizes *sizes;

  if (sizes_quark == 0)
    sizes_quark = g_quark_from_static_string ("plx-comparison-cell-sizes");

  table = g_object_get_qdata (G_OBJECT (row), sizes_quark);
  if (table == NULL)
    {
      table = g_hash_table_new_full (NULL, NULL, NULL, plx_cell_sizes_free);
      g_object_set_qdata_full (G_OBJECT (row), sizes_quark, table,
                               (GDestroyNotify) g_hash_table_unref);
    }

  sizes = g_hash_table_lookup (table, article);
  if (sizes == NULL)
    {
      sizes = g_new0 (PlxCellSizes, 1);
      sizes->min_width = sizes->nat_width = -1;
      g_hash_table_insert (table, article, sizes);
    }

  return sizes;
}

/* The sizes kept, if the label's font is still the one they were
 * measured in (a style or a font setting changed it otherwise);
 * emptied otherwise.
 */
static PlxCellSizes *
plx_comparison_cell_get_sizes (PlxComparisonCell *self)
{
  PangoContext *context = gtk_widget_get_pango_context (self->label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PlxCellSizes *sizes = self->sizes;

  if (sizes->font == NULL || !pango_font_description_equal (sizes->font, font))
    {
      g_clear_pointer (&sizes->font, pango_font_description_free);
      sizes->font = pango_font_description_copy (font);
      sizes->min_width = sizes->nat_width = -1;
      sizes->n_heights = 0;
      sizes->next_height = 0;
    }

  return sizes;
}

/* The label's text laid out at @width, in Pango units: a copy of the
 * label's own layout, so with its marks and the attributes of its style
 * (the line height), as GtkLabel measures it.
 */
static PangoLayout *
plx_comparison_cell_lay_out (PlxComparisonCell *self,
                             int                width)
{
  PangoLayout *layout = pango_layout_copy (gtk_label_get_layout (GTK_LABEL (self->label)));

  pango_layout_set_wrap (layout, gtk_label_get_wrap_mode (GTK_LABEL (self->label)));
  pango_layout_set_width (layout, width);

  return layout;
}

/* The label's width, as GtkLabel gives it for a wrapping label of some
 * width-chars and max-width-chars, but without the layout of its text
 * at no width at all, with which GtkLabel finds its narrowest width: at
 * one character a line, that layout shapes the text again for every
 * line, and costs milliseconds for a long sentence. Wrapping words and
 * letters, the text is never narrower than its widest character, which
 * is far less than width-chars.
 */
static void
plx_comparison_cell_measure_label_width (PlxComparisonCell *self,
                                         int               *minimum,
                                         int               *natural)
{
  PlxCellSizes *sizes = self->sizes != NULL ? plx_comparison_cell_get_sizes (self) : NULL;
  GtkLabel *label = GTK_LABEL (self->label);
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle extents;
  int char_width;
  int narrowest;
  int widest_allowed;
  int widest;

  if (sizes != NULL && sizes->min_width >= 0)
    {
      *minimum = sizes->min_width;
      *natural = sizes->nat_width;
      return;
    }

  char_width = plx_comparison_cell_get_font_sizes (self)->char_width;
  narrowest = char_width * MAX (gtk_label_get_width_chars (label), 0);
  widest_allowed = char_width * gtk_label_get_max_width_chars (label);
  /* GtkLabel lays the text out on one line, then at max-width-chars if
   * that is wider: a text that fits on one line there is as wide. */
  layout = plx_comparison_cell_lay_out (self, widest_allowed >= 0 ? MAX (narrowest, widest_allowed) : -1);
  pango_layout_get_extents (layout, NULL, &extents);
  widest = MAX (extents.width, narrowest);

  *minimum = PANGO_PIXELS_CEIL (MIN (narrowest, widest));
  *natural = PANGO_PIXELS_CEIL (widest);
  if (sizes != NULL)
    {
      sizes->min_width = *minimum;
      sizes->nat_width = *natural;
    }
}

/* The label's height at @width: its text laid out once at that width.
 * Asking the label would make GTK ask it its width first, which after
 * each new text costs the layout at no width that
 * plx_comparison_cell_measure_label_width() avoids.
 */
static void
plx_comparison_cell_measure_label_height (PlxComparisonCell *self,
                                          int                width,
                                          int               *minimum,
                                          int               *natural)
{
  PlxCellSizes *sizes = self->sizes != NULL ? plx_comparison_cell_get_sizes (self) : NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int label_width;
  int min_width;
  int nat_width;
  int height;

  for (guint i = 0; sizes != NULL && i < sizes->n_heights; i++)
    {
      if (sizes->heights[i].width == width)
        {
          *minimum = sizes->heights[i].min_height;
          *natural = sizes->heights[i].nat_height;
          return;
        }
    }

  /* As GTK does, never narrower than the label's narrowest. The
   * label's own layout, at the width the label will most likely be
   * given: so that drawing the label does not lay it out again.
   */
  plx_comparison_cell_measure_label_width (self, &min_width, &nat_width);
  layout = g_object_ref (gtk_label_get_layout (GTK_LABEL (self->label)));
  label_width = pango_layout_get_width (layout);
  pango_layout_set_width (layout, MAX (width, min_width) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &height);
  pango_layout_set_width (layout, label_width);
  *minimum = *natural = height;

  if (sizes != NULL)
    {
      guint i = sizes->next_height;

      sizes->heights[i].width = width;
      sizes->heights[i].min_height = *minimum;
      sizes->heights[i].nat_height = *natural;
      sizes->n_heights = MAX (sizes->n_heights, i + 1);
      sizes->next_height = (i + 1) % N_KEPT_HEIGHTS;
    }

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
      plx_comparison_cell_measure_label_width (self, &label_min, &label_nat);
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
    label_min = label_nat = PANGO_PIXELS_CEIL (plx_comparison_cell_get_font_sizes (self)->line_height);
  else
    plx_comparison_cell_measure_label_height (self, for_size, &label_min, &label_nat);
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
  g_autofree char *plain = NULL;
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
        g_string_append_c (text, ' ');
      plx_marks_append_member (text, attrs, member);
      plx_marks_append_tooltip (tooltip, member);
    }

  if (match == PLX_MATCH_NONE)
    g_string_append (text, plx_match_label (PLX_MATCH_NONE));

  /* Restyling is the dear part of filling a recycled cell. */
  self->article = article;
  if ((int) match != self->match)
    {
      self->match = match;
      plx_comparison_cell_update_classes (self);
      plx_comparison_cell_show_caption (self, match == PLX_MATCH_REFERENCE);
    }

  gtk_label_set_text (GTK_LABEL (self->label), text->str);
  gtk_label_set_attributes (GTK_LABEL (self->label), attrs);
  g_set_object (&self->row, row);
  self->sizes = plx_cell_sizes_lookup (row, article);

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
  plain = plx_row_dup_article_text (row, article);
  accessible = g_strdup_printf (_("%s, %s: %s"),
                                plx_article_get_display_name (article),
                                plx_match_label (match), plain != NULL ? plain : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
plx_comparison_cell_dispose (GObject *object)
{
  PlxComparisonCell *self = PLX_COMPARISON_CELL (object);

  plx_row_menu_dismiss (GTK_WIDGET (self));
  g_clear_pointer (&self->caption, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->tooltip, g_free);
  self->sizes = NULL;
  g_clear_object (&self->row);

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
