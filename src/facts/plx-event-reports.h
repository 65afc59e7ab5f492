/* plx-event-reports.h: the outlets that tell of an event without dating it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-alignment.h"

G_BEGIN_DECLS

guint plx_event_stem_id      (GHashTable *ids,
                              const char *stem);
char *plx_event_sentence_key (PlxArticle *article,
                              guint       sentence);
void  plx_event_reports_add  (GPtrArray    *events,
                              GPtrArray    *sentences,
                              PlxAlignment *alignment,
                              GHashTable   *with_dates,
                              GHashTable   *stating_dates);

G_END_DECLS
