/* plx-figures.h: tariff rates, money and other figures in a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxFigureKind:
 * @PLX_FIGURE_TARIFF: a tariff or duty rate
 * @PLX_FIGURE_PENALTY: a penalty, fine or sanction
 * @PLX_FIGURE_FEE: a fee or charge
 * @PLX_FIGURE_TRADE_VOLUME: an amount of trade, exports or imports
 * @PLX_FIGURE_OTHER: any other figure
 */
typedef enum
{
  PLX_FIGURE_TARIFF,
  PLX_FIGURE_PENALTY,
  PLX_FIGURE_FEE,
  PLX_FIGURE_TRADE_VOLUME,
  PLX_FIGURE_OTHER,
} PlxFigureKind;

/**
 * PlxFigureStatus:
 * @PLX_STATUS_UNKNOWN: the sentence does not say
 * @PLX_STATUS_IMPOSED: in force ("imposed", "slapped", "levied")
 * @PLX_STATUS_ANNOUNCED: announced ("announced", "unveiled")
 * @PLX_STATUS_THREATENED: threatened ("threatening", "could force")
 * @PLX_STATUS_PROPOSED: proposed ("proposed", "plans", "would")
 * @PLX_STATUS_DEADLINE: tied to a deadline ("deadline", "by August 1")
 * @PLX_STATUS_LIFTED: lifted or cut ("lifted", "scrapped", "removed")
 */
typedef enum
{
  PLX_STATUS_UNKNOWN,
  PLX_STATUS_IMPOSED,
  PLX_STATUS_ANNOUNCED,
  PLX_STATUS_THREATENED,
  PLX_STATUS_PROPOSED,
  PLX_STATUS_DEADLINE,
  PLX_STATUS_LIFTED,
} PlxFigureStatus;

/**
 * PlxFigure:
 * @value: the figure: 50 for "50%", 100000 for "$100,000", 2e9 for
 *   "$2 billion", 5e9 for "Rs 500 crore"
 * @unit: "percent", or an ISO 4217 code ("USD", "INR", "EUR", "GBP")
 * @kind: what the figure is
 * @status: where it stands
 * @scope: (nullable): what it applies to, lower case ("indian goods",
 *   "russian oil buyers", "nations doing business with iran",
 *   "h-1b visa applicants")
 * @applier: (nullable): who applies it ("us")
 * @target: (nullable): on whom ("india")
 * @start: byte offset in the sentence of the words stating it
 * @end: byte offset just past them
 * @text: those words ("50 per cent", "additional 25% penalty")
 *
 * One figure as a sentence states it. Strings are owned by the array.
 */
typedef struct
{
  double           value;
  char            *unit;
  PlxFigureKind    kind;
  PlxFigureStatus  status;
  char            *scope;
  char            *applier;
  char            *target;
  gsize            start;
  gsize            end;
  char            *text;
} PlxFigure;

GArray     *plx_extract_figures          (const char      *sentence,
                                          const char      *language);
GArray     *plx_extract_figures_from_tokens (const char   *sentence,
                                          GArray          *tokens,
                                          const char      *language);
const char *plx_figure_kind_to_string    (PlxFigureKind    kind);
const char *plx_figure_status_to_string  (PlxFigureStatus  status);

G_END_DECLS
