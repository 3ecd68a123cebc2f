#include "imgui_impl_webgl2.h"

#include <GLES3/gl3.h>

#include "imgui.h"

namespace {

struct Renderer {
  GLuint program = 0;
  GLint projection = -1;
  GLint texture_unit = -1;
  GLuint vao = 0;
  GLuint vertices = 0;
  GLuint indices = 0;
  GLuint font_texture = 0;
};
Renderer r;

const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
uniform mat4 ProjMtx;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
  Frag_UV = UV;
  Frag_Color = Color;
  gl_Position = ProjMtx * vec4(Position.xy, 0.0, 1.0);
})";

// The atlas is coverage only (white glyphs): one channel, used as alpha.
const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
  Out_Color = vec4(Frag_Color.rgb, Frag_Color.a * texture(Texture, Frag_UV.st).r);
})";

GLuint compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

}  // namespace

bool ImGui_ImplWebGL2_Init() {
  r = Renderer{};  // again after a lost context: the old objects went with it
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "imgui_impl_webgl2";
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  r.program = glCreateProgram();
  glAttachShader(r.program, vs);
  glAttachShader(r.program, fs);
  glLinkProgram(r.program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint linked = 0;
  glGetProgramiv(r.program, GL_LINK_STATUS, &linked);
  if (!linked) return false;
  r.projection = glGetUniformLocation(r.program, "ProjMtx");
  r.texture_unit = glGetUniformLocation(r.program, "Texture");

  glGenVertexArrays(1, &r.vao);
  glGenBuffers(1, &r.vertices);
  glGenBuffers(1, &r.indices);
  glBindVertexArray(r.vao);
  glBindBuffer(GL_ARRAY_BUFFER, r.vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.indices);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const GLsizei stride = sizeof(ImDrawVert);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(IM_OFFSETOF(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(IM_OFFSETOF(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(IM_OFFSETOF(ImDrawVert, col)));
  glBindVertexArray(0);
  return true;
}

void ImGui_ImplWebGL2_Shutdown() {
  if (r.font_texture) glDeleteTextures(1, &r.font_texture);
  glDeleteBuffers(1, &r.vertices);
  glDeleteBuffers(1, &r.indices);
  glDeleteVertexArrays(1, &r.vao);
  glDeleteProgram(r.program);
  ImGui::GetIO().Fonts->SetTexID(nullptr);
  r = Renderer{};
}

void ImGui_ImplWebGL2_UpdateFontsTexture() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (!r.font_texture) glGenTextures(1, &r.font_texture);
  glBindTexture(GL_TEXTURE_2D, r.font_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(r.font_texture)));
  // The atlas keeps its pixels only until they are on the GPU.
  io.Fonts->ClearTexData();
}

void ImGui_ImplWebGL2_RenderDrawData(ImDrawData* draw_data) {
  const ImVec2 scale = draw_data->FramebufferScale;
  const int fb_width = static_cast<int>(draw_data->DisplaySize.x * scale.x);
  const int fb_height = static_cast<int>(draw_data->DisplaySize.y * scale.y);
  if (fb_width <= 0 || fb_height <= 0) return;

  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glViewport(0, 0, fb_width, fb_height);

  const float L = draw_data->DisplayPos.x;
  const float R = draw_data->DisplayPos.x + draw_data->DisplaySize.x;
  const float T = draw_data->DisplayPos.y;
  const float B = draw_data->DisplayPos.y + draw_data->DisplaySize.y;
  const float projection[4][4] = {{2.0f / (R - L), 0.0f, 0.0f, 0.0f},
                                  {0.0f, 2.0f / (T - B), 0.0f, 0.0f},
                                  {0.0f, 0.0f, -1.0f, 0.0f},
                                  {(R + L) / (L - R), (T + B) / (B - T), 0.0f, 1.0f}};
  glUseProgram(r.program);
  glUniform1i(r.texture_unit, 0);
  glUniformMatrix4fv(r.projection, 1, GL_FALSE, &projection[0][0]);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(r.vao);

  const ImVec2 clip_off = draw_data->DisplayPos;
  for (int n = 0; n < draw_data->CmdListsCount; ++n) {
    const ImDrawList* list = draw_data->CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (int c = 0; c < list->CmdBuffer.Size; ++c) {
      const ImDrawCmd* cmd = &list->CmdBuffer[c];
      if (cmd->UserCallback != nullptr) {
        if (cmd->UserCallback != ImDrawCallback_ResetRenderState) cmd->UserCallback(list, cmd);
        continue;
      }
      const ImVec2 min((cmd->ClipRect.x - clip_off.x) * scale.x, (cmd->ClipRect.y - clip_off.y) * scale.y);
      const ImVec2 max((cmd->ClipRect.z - clip_off.x) * scale.x, (cmd->ClipRect.w - clip_off.y) * scale.y);
      if (max.x <= min.x || max.y <= min.y) continue;
      glScissor(static_cast<int>(min.x), static_cast<int>(fb_height - max.y),
                static_cast<int>(max.x - min.x), static_cast<int>(max.y - min.y));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd->GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd->ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(static_cast<intptr_t>(cmd->IdxOffset * sizeof(ImDrawIdx))));
    }
  }
  glBindVertexArray(0);
}
