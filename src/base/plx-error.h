/* plx-error.h: the error domain of the core library
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PLX_ERROR (plx_error_quark ())

/**
 * PlxError:
 * @PLX_ERROR_FAILED: any other failure
 * @PLX_ERROR_EMPTY: the file or folder holds no text
 * @PLX_ERROR_BINARY: the file is not text (it holds NUL bytes)
 * @PLX_ERROR_ENCODING: the text cannot be decoded
 * @PLX_ERROR_MANIFEST: a corpus.json or export is malformed
 * @PLX_ERROR_UNSUPPORTED: the path is not a folder, corpus.json or export
 * @PLX_ERROR_NOTHING_LOADED: no article of the corpus could be read
 * @PLX_ERROR_ALIGNMENT: the articles could not be aligned
 * @PLX_ERROR_CHANGED: the file changed while it was read
 * @PLX_ERROR_COMPARISON_FILE: a `.parallax` file that cannot be read as one
 */
typedef enum
{
  PLX_ERROR_FAILED,
  PLX_ERROR_EMPTY,
  PLX_ERROR_BINARY,
  PLX_ERROR_ENCODING,
  PLX_ERROR_MANIFEST,
  PLX_ERROR_UNSUPPORTED,
  PLX_ERROR_NOTHING_LOADED,
  PLX_ERROR_ALIGNMENT,
  PLX_ERROR_CHANGED,
  PLX_ERROR_COMPARISON_FILE,
} PlxError;

GQuark plx_error_quark (void);

G_END_DECLS
