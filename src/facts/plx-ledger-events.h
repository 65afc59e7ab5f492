/* plx-ledger-events.h: the ledger's dated events and date conflicts
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-alignment.h"

G_BEGIN_DECLS

void plx_ledger_add_events (GPtrArray    *sentences,
                            PlxAlignment *alignment,
                            GDate        *anchor,
                            GPtrArray    *events,
                            GPtrArray    *conflicts);

G_END_DECLS
