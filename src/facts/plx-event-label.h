/* plx-event-label.h: what happened on a date, as the ledger names it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-dates.h"
#include "plx-tokens.h"

G_BEGIN_DECLS

/**
 * PlxEventLabelFlags:
 * @PLX_EVENT_LABEL_CUT: the label's clause was cut short at its length
 *   limit
 * @PLX_EVENT_LABEL_QUOTED: the label starts inside a quotation: someone's
 *   words, not the writer's ("critical minerals and a possible meeting
 *   next month")
 */
typedef enum
{
  PLX_EVENT_LABEL_CUT    = 1 << 0,
  PLX_EVENT_LABEL_QUOTED = 1 << 1,
} PlxEventLabelFlags;

char *plx_event_label (const char         *text,
                       GArray             *tokens,
                       gsize               date_start,
                       gsize               date_end,
                       const char         *language,
                       PlxEventLabelFlags *flags);
char *plx_event_label_noun (const char *text,
                            GArray     *tokens,
                            guint       noun,
                            const char *language);
gboolean plx_date_is_period (const char           *text,
                             GArray               *tokens,
                             const PlxDateMention *mention,
                             const char           *language);
guint    plx_date_modified_noun (GArray     *tokens,
                                 guint       first,
                                 guint       last,
                                 const char *language);

G_END_DECLS
