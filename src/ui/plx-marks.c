/* plx-marks.c: the differences inside a sentence, marked as Pango
 * attributes over its text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "plx-marks.h"
#include "plx-match.h"

/* Pango attributes cannot use CSS colours, so the marks use
 * libadwaita's palette at partial opacity: over a light or a dark
 * background the text keeps its contrast. Each mark has a cue besides
 * colour (underline, strike-through, weight, wavy line) for readers who
 * cannot tell the colours apart.
 *
 * The attributes are built straight over the text, not written as
 * markup for the label to parse again: a cell is filled each time the
 * list recycles it while scrolling.
 */
typedef struct
{
  guint32        background;        /* 0xRRGGBB */
  guint          alpha_percent;
  PangoUnderline underline;
  guint32        underline_color;   /* 0xRRGGBB, or 0 for the text's */
  gboolean       strikethrough;
  gboolean       bold;
} MarkStyle;

static const MarkStyle mark_styles[] = {
  [PLX_MARK_INSERT] = { 0x33d17a, 30, PANGO_UNDERLINE_SINGLE, 0, FALSE, FALSE },
  [PLX_MARK_DELETE] = { 0xe01b24, 35, PANGO_UNDERLINE_NONE, 0, TRUE, FALSE },
  [PLX_MARK_REPLACE] = { 0xf6d32d, 40, PANGO_UNDERLINE_NONE, 0, FALSE, FALSE },
  [PLX_MARK_CONFLICT] = { 0xff7800, 55, PANGO_UNDERLINE_ERROR, 0xe01b24, FALSE, TRUE },
  [PLX_MARK_CONFLICT_DELETE] = { 0xff7800, 55, PANGO_UNDERLINE_NONE, 0, TRUE, TRUE },
};

/* 0xRRGGBB to Pango's 16 bits a channel, as markup's "#rrggbb" gives. */
#define CHANNEL(rgb, shift) ((guint16) ((((rgb) >> (shift)) & 0xff) * 257))

static void
insert_attribute (PangoAttrList  *attrs,
                  PangoAttribute *attribute,
                  guint           start,
                  guint           end)
{
  attribute->start_index = start;
  attribute->end_index = end;
  pango_attr_list_insert (attrs, attribute);
}

static void
mark_range (PangoAttrList *attrs,
            PlxMark        mark,
            guint          start,
            guint          end)
{
  const MarkStyle *style = &mark_styles[mark];
  guint32 bg = style->background;

  insert_attribute (attrs, pango_attr_background_new (CHANNEL (bg, 16), CHANNEL (bg, 8), CHANNEL (bg, 0)),
                    start, end);
  insert_attribute (attrs, pango_attr_background_alpha_new (style->alpha_percent * 0xffff / 100),
                    start, end);
  if (style->underline != PANGO_UNDERLINE_NONE)
    insert_attribute (attrs, pango_attr_underline_new (style->underline), start, end);
  if (style->underline_color != 0)
    {
      guint32 color = style->underline_color;

      insert_attribute (attrs,
                        pango_attr_underline_color_new (CHANNEL (color, 16), CHANNEL (color, 8), CHANNEL (color, 0)),
                        start, end);
    }
  if (style->strikethrough)
    insert_attribute (attrs, pango_attr_strikethrough_new (TRUE), start, end);
  if (style->bold)
    insert_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
}

/**
 * plx_marks_append:
 * @text: the text so far
 * @attrs: its attributes
 * @mark: how to mark @words
 * @words: words to append to @text
 *
 * Appends @words to @text, marked as @mark says.
 */
void
plx_marks_append (GString       *text,
                  PangoAttrList *attrs,
                  PlxMark        mark,
                  const char    *words)
{
  guint start = text->len;

  g_string_append (text, words);
  mark_range (attrs, mark, start, text->len);
}

/* Appends a hunk that carries words of this sentence, with the words
 * between it and the previous one. The hunks do not record the spaces
 * between them, so each is looked up in the sentence as written.
 */
static const char *
append_own_hunk (GString           *text,
                 PangoAttrList     *attrs,
                 guint              member_start,
                 const char        *cursor,
                 const PlxDiffHunk *hunk,
                 int                mark)
{
  const char *found = strstr (cursor, hunk->text);

  if (found != NULL)
    g_string_append_len (text, cursor, found - cursor);
  else if (text->len > member_start)
    g_string_append_c (text, ' ');

  if (mark >= 0)
    plx_marks_append (text, attrs, mark, hunk->text);
  else
    g_string_append (text, hunk->text);

  return found != NULL ? found + strlen (hunk->text) : cursor;
}

/**
 * plx_marks_append_diff:
 * @text: the text so far
 * @attrs: its attributes
 * @sentence: a sentence
 * @diff: (nullable) (element-type PlxDiffHunk): its words against a
 *   reference sentence (plx_diff_sentences())
 * @show_replaced: whether words replaced are shown too, struck through,
 *   before their replacement (a row's tooltip says them instead)
 *
 * Appends @sentence to @text with its differences from the reference
 * marked: the words it adds or changes, and the reference's words it
 * leaves out, struck through; a quote, number, date or title said
 * otherwise marked as a conflict.
 */
void
plx_marks_append_diff (GString       *text,
                       PangoAttrList *attrs,
                       const char    *sentence,
                       GArray        *diff,
                       gboolean       show_replaced)
{
  const char *cursor = sentence;
  guint start = text->len;

  for (guint i = 0; diff != NULL && i < diff->len; i++)
    {
      const PlxDiffHunk *hunk = &g_array_index (diff, PlxDiffHunk, i);
      gboolean strong = plx_match_hunk_is_conflict (hunk);
      int mark = -1;

      switch (hunk->op)
        {
        case PLX_DIFF_DELETE:
          /* The reference's words, which this sentence does not have;
           * the space after them comes with the next words, unless
           * they open the sentence.
           */
          if (text->len > start && !g_ascii_isspace (text->str[text->len - 1]))
            g_string_append_c (text, ' ');
          plx_marks_append (text, attrs, strong ? PLX_MARK_CONFLICT_DELETE : PLX_MARK_DELETE,
                            hunk->old != NULL ? hunk->old : "");
          if (cursor == sentence && *cursor != '\0')
            g_string_append_c (text, ' ');
          continue;

        case PLX_DIFF_INSERT:
          mark = strong ? PLX_MARK_CONFLICT : PLX_MARK_INSERT;
          break;

        case PLX_DIFF_REPLACE:
          mark = strong ? PLX_MARK_CONFLICT : PLX_MARK_REPLACE;
          /* The words replaced, struck through, before their
           * replacement: "4,000 5,000". */
          if (show_replaced && hunk->old != NULL && hunk->text != NULL)
            {
              const char *found = strstr (cursor, hunk->text);

              if (found != NULL)
                {
                  g_string_append_len (text, cursor, found - cursor);
                  cursor = found;
                }
              else if (text->len > start && !g_ascii_isspace (text->str[text->len - 1]))
                g_string_append_c (text, ' ');
              plx_marks_append (text, attrs, strong ? PLX_MARK_CONFLICT_DELETE : PLX_MARK_DELETE, hunk->old);
              g_string_append_c (text, ' ');
            }
          break;

        case PLX_DIFF_EQUAL:
        default:
          break;
        }

      if (hunk->text != NULL && *hunk->text != '\0')
        cursor = append_own_hunk (text, attrs, start, cursor, hunk, mark);
    }

  g_string_append (text, cursor);
}

/**
 * plx_marks_append_member:
 * @text: the text so far
 * @attrs: its attributes
 * @member: a member of a row
 *
 * Appends @member's sentence to @text with its differences from the
 * row's reference marked (plx_marks_append_diff()).
 */
void
plx_marks_append_member (GString            *text,
                         PangoAttrList      *attrs,
                         const PlxRowMember *member)
{
  plx_marks_append_diff (text, attrs, plx_row_member_get_text (member), member->diff, FALSE);
}

static const char *
diff_class_label (PlxDiffClass klass)
{
  switch (klass)
    {
    /* Translators: the kinds of difference, first in a cell's tooltip
     * ("Quote: “excellent” here, “good” in the reference")
     */
    case PLX_DIFF_CLASS_QUOTE:
      return _("Quote");
    case PLX_DIFF_CLASS_NUMBER:
      return _("Number");
    case PLX_DIFF_CLASS_DATE:
      return _("Date");
    case PLX_DIFF_CLASS_TITLE:
      /* Translators: a person's title or role ("ambassador" against
       * "ambassador-designate"), not a headline
       */
      return _("Title");
    case PLX_DIFF_CLASS_NONE:
    case PLX_DIFF_CLASS_WORDING:
    case PLX_DIFF_CLASS_ADDITION:
    case PLX_DIFF_CLASS_OMISSION:
    default:
      /* Translators: a difference of wording, nothing factual */
      return _("Wording");
    }
}

/**
 * plx_marks_append_tooltip:
 * @tooltip: the tooltip so far, lines apart
 * @member: a member of a row
 *
 * Appends a line to @tooltip for each of @member's words that replace
 * or leave out the reference's, saying what the reference has.
 */
void
plx_marks_append_tooltip (GString            *tooltip,
                          const PlxRowMember *member)
{
  for (guint i = 0; member->diff != NULL && i < member->diff->len; i++)
    {
      const PlxDiffHunk *hunk = &g_array_index (member->diff, PlxDiffHunk, i);

      if (hunk->old == NULL || (hunk->op != PLX_DIFF_DELETE && hunk->op != PLX_DIFF_REPLACE))
        continue;

      if (tooltip->len > 0)
        g_string_append_c (tooltip, '\n');

      if (hunk->op == PLX_DIFF_DELETE)
        /* Translators: the tooltip of words of the reference sentence
         * that this outlet's sentence leaves out
         */
        g_string_append_printf (tooltip, _("Left out: “%s”"), hunk->old);
      else
        /* Translators: a tooltip; the first %s is the kind of difference
         * ("Quote", "Number", "Wording"…), then this outlet's words and
         * the reference's words
         */
        g_string_append_printf (tooltip, _("%s: “%s” here, “%s” in the reference"),
                                diff_class_label (hunk->klass), hunk->text, hunk->old);
    }
}

static const char *match_css_classes[] = {
  [PLX_MATCH_NONE] = "empty",
  [PLX_MATCH_REFERENCE] = "reference",
  [PLX_MATCH_IDENTICAL] = "identical",
  [PLX_MATCH_REWORDED] = "reworded",
  [PLX_MATCH_CONFLICTING] = "conflicting",
  [PLX_MATCH_ONLY_HERE] = "only-here",
};

/**
 * plx_match_css_class:
 * @match: a match class
 *
 * Returns: the CSS class of a cell or sentence of that class (style.css)
 */
const char *
plx_match_css_class (PlxMatch match)
{
  g_return_val_if_fail (match <= PLX_MATCH_ONLY_HERE, NULL);

  return match_css_classes[match];
}
