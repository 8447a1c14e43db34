<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LabAccess</name>
    <message>
        <location filename="../app/bridge/labaccess.cpp" line="+35"/>
        <source>%1 is a file, not a lab folder.</source>
        <translation>%1 是文件，不是实验室文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Choose the folder that holds the lab&apos;s lab.json, or an empty folder for a new lab.</source>
        <translation>请选择包含该实验室 lab.json 的文件夹，或为新实验室选择一个空文件夹。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The folder %1 holds other files but no lab (no lab.json).</source>
        <translation>文件夹 %1 包含其他文件，但没有实验室（没有 lab.json）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The settings of this lab are lost: lab.json and lab.json.bak are damaged and no step record holds them, so it cannot be run without recomputing its finished work.</source>
        <translation>此实验室的设置已丢失：lab.json 和 lab.json.bak 均已损坏，且没有任何步骤记录保存这些设置，因此无法在不重新计算已完成工作的情况下运行它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the lab&apos;s settings from the command line: privatesnn run --lab LAB --config FILE (finished steps whose settings match are kept).</source>
        <translation>请在命令行中给出实验室的设置：privatesnn run --lab LAB --config FILE（设置一致的已完成步骤会被保留）。</translation>
    </message>
</context>
<context>
    <name>LeakageText</name>
    <message>
        <location filename="../widgets/models/leakagetext.cpp" line="+51"/>
        <source>attack %1</source>
        <translation>攻击 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attack 1 (ReLU re-conversion)</source>
        <translation>攻击 1（ReLU 反向转换）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 1 (threshold-aware re-conversion)</source>
        <translation>攻击 1（考虑阈值的反向转换）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 2 (surrogate gradients)</source>
        <translation>攻击 2（替代梯度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer control (targeted PGD)</source>
        <translation>迁移对照（定向 PGD）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted SNN</source>
        <translation>加密 SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real images</source>
        <translation>真实图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial noise</source>
        <translation>初始噪声</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attack %1 on the ANN</source>
        <translation>对 ANN 的攻击 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack %1 on the SNN</source>
        <translation>对 SNN 的攻击 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack %1 on the encrypted SNN</source>
        <translation>对加密 SNN 的攻击 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>real images (held out)</source>
        <translation>真实图像（留出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial noise (where the attacks start)</source>
        <translation>初始噪声（攻击的起点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>对 %2 的%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No judge classifier was given, so leakage cannot be decided for this row.</source>
        <translation>未提供评判分类器，因此无法判定这一行是否泄露。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Judge %1 puts %2 of %3 images from %4 in their target class</source>
        <translation>评判器 %1 将来自 %4 的 %3 张图像中的 %2 张归入其目标类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judge puts %1 of %2 images from %3 in their target class</source>
        <translation>评判器将来自 %3 的 %2 张图像中的 %1 张归入其目标类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3 interval %4–%5; chance %6, one-sided binomial p = %7).</source>
        <translation>%1（%2，%3 区间 %4–%5；随机水平 %6，单侧二项检验 p = %7）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judge %1 puts %2 there; the verdict is the two judges&apos; together (leaks when either says so, protected only when both do).</source>
        <translation>评判器 %1 在此为 %2；结论由两个评判器共同给出（任一判定泄露即为泄露，两者都判定受保护才算受保护）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole interval is more than 10 points above chance: the attack recovers what the classes look like, so this model leaks.</source>
        <translation>整个区间都比随机水平高出 10 个百分点以上：攻击还原出了各类别的样子，因此该模型存在泄露。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole interval is above chance, but not more than 10 points above it: this model leaks, possibly only a little.</source>
        <translation>整个区间都高于随机水平，但高出不超过 10 个百分点：该模型存在泄露，可能只是少量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even the interval&apos;s upper end is within 10 points of chance: protected against this attacker budget (a stronger attacker may still succeed).</source>
        <translation>即使区间上限也在随机水平 10 个百分点以内：针对此攻击者预算受到保护（更强的攻击者仍可能成功）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interval is too wide to decide either way: inconclusive.</source>
        <translation>区间太宽，无法做出任何判定：不确定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the observed rate were the true one, %1 images would give 80 % power to show it leaks beyond the margin.</source>
        <translation>如果观测到的比率就是真实比率，%1 张图像可提供 80 % 的检验功效来证明其泄露超出容差。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the observed rate were the true one, %1 images would give 80 % power to bound it within the margin.</source>
        <translation>如果观测到的比率就是真实比率，%1 张图像可提供 80 % 的检验功效来将其限定在容差之内。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encryption changed the judge accuracy by %1 points against the unencrypted SNN.</source>
        <translation>与未加密的 SNN 相比，加密使评判准确率变化了 %1 个百分点。</translation>
    </message>
</context>
<context>
    <name>LoadErrorText</name>
    <message>
        <location filename="../app/bridge/loaderrortext.cpp" line="+35"/>
        <source>The model file &apos;%1&apos; was not found.</source>
        <translation>找不到模型文件“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path, or choose the file again.</source>
        <translation>请检查路径，或重新选择文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model file &apos;%1&apos; could not be read.</source>
        <translation>无法读取模型文件“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>请检查文件的访问权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PrivateSNN archive &apos;%1&apos; cannot be opened.</source>
        <translation>无法打开 PrivateSNN 归档“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the archive again, or recreate it from its source model.</source>
        <translation>请重新复制该归档，或从其源模型重新创建。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is neither a TorchScript model nor a PrivateSNN archive.</source>
        <translation>“%1”既不是 TorchScript 模型，也不是 PrivateSNN 归档。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the model with torch.jit.save, or open a .psnn archive written by PrivateSNN Lab.</source>
        <translation>请用 torch.jit.save 保存模型，或打开由 PrivateSNN Lab 写出的 .psnn 归档。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is incomplete or damaged.</source>
        <translation>“%1”不完整或已损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy or export the file again.</source>
        <translation>请重新复制或导出该文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; uses a layer that PrivateSNN Lab cannot convert.</source>
        <translation>“%1”使用了 PrivateSNN Lab 无法转换的层。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported layers: Conv2d, Linear, ReLU, AvgPool2d, Dropout, Flatten and BatchNorm2d after a Conv2d.</source>
        <translation>支持的层：Conv2d、Linear、ReLU、AvgPool2d、Dropout、Flatten，以及紧跟 Conv2d 的 BatchNorm2d。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; could not be loaded.</source>
        <translation>无法加载模型“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LibTorch could not read the model &apos;%1&apos;.</source>
        <translation>LibTorch 无法读取模型“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file may come from a newer PyTorch. Export it again with torch.jit.save from PyTorch 1.13 or older.</source>
        <translation>该文件可能来自较新的 PyTorch。请用 PyTorch 1.13 或更早版本的 torch.jit.save 重新导出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough memory to load the model &apos;%1&apos;.</source>
        <translation>内存不足，无法加载模型“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close other programs, or use a smaller model.</source>
        <translation>请关闭其他程序，或使用更小的模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected error stopped loading the model &apos;%1&apos;.</source>
        <translation>意外错误中止了模型“%1”的加载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please report this, with the log, to the PrivateSNN Lab developers.</source>
        <translation>请将此问题连同日志报告给 PrivateSNN Lab 开发者。</translation>
    </message>
</context>
<context>
    <name>MembershipText</name>
    <message>
        <location filename="../widgets/models/membershipcurves.cpp" line="+28"/>
        <source>leaks</source>
        <translation>泄露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no evidence of leakage at this attacker budget</source>
        <translation>在此攻击者预算下无泄露证据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membrane</source>
        <translation>膜电位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spike counts</source>
        <translation>脉冲计数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>ModelSnapshot</name>
    <message>
        <location filename="../app/bridge/snapshotconversion.cpp" line="+34"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>PlotSaveMenu</name>
    <message>
        <location filename="../widgets/pages/plotsavemenu.cpp" line="+25"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Save Plot</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right-click to save this plot as PNG or SVG</source>
        <translation>右键单击可将此图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>保存为 SVG(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PlotText</name>
    <message>
        <location filename="../widgets/plots/accuracyplot.cpp" line="+32"/>
        <location filename="../widgets/plots/layercharts.cpp" line="+107"/>
        <location line="+21"/>
        <source>Converted SNN</source>
        <translation>转换后的 SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/plots/layercharts.cpp" line="-20"/>
        <location line="+21"/>
        <source>Encrypted SNN</source>
        <translation>加密后的 SNN</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/plots/layercharts.cpp" line="-2"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time steps T</source>
        <translation>时间步 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy (%)</source>
        <translation>测试准确率 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/plots/encryptionlossplot.cpp" line="+37"/>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/plots/layercharts.cpp" line="-44"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Firing threshold</source>
        <translation>发放阈值</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Spikes per neuron per time step</source>
        <translation>每个神经元每个时间步的脉冲数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Energy per image (µJ)</source>
        <translation>每张图像的能耗 (µJ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cosine similarity (left axis)</source>
        <translation>余弦相似度（左轴）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cosine similarity</source>
        <translation>余弦相似度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relative L2 change</source>
        <translation>相对 L2 变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative L2 change (right axis)</source>
        <translation>相对 L2 变化（右轴）</translation>
    </message>
    <message>
        <location filename="../widgets/plots/plotexport.cpp" line="+30"/>
        <source>could not encode the PNG image</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
    <message>
        <location filename="../widgets/plots/similarityheatmap.cpp" line="+40"/>
        <source>Class similarity</source>
        <translation>类别相似度</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../widgets/plots/frontierplot.cpp" line="+251"/>
        <source>people (human judge), in their defence&apos;s colour</source>
        <translation>人（人类判别），采用其防御的颜色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chance (%1 %)</source>
        <translation>随机水平（%1 %）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chance + %1 points: &quot;protected&quot; needs the whole bar below this line</source>
        <translation>随机水平 + %1 个百分点：“受保护”要求整条误差棒都在此线之下</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy lost against the ANN (points, logarithmic beyond 0.1)</source>
        <translation>相对 ANN 的准确率损失（百分点，0.1 以上为对数刻度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy lost against the ANN (points)</source>
        <translation>相对 ANN 的准确率损失（百分点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack: judge accuracy (%)</source>
        <translation>最强攻击：判别器准确率（%）</translation>
    </message>
    <message>
        <location filename="../widgets/plots/rocplot.cpp" line="+17"/>
        <source>Chance (TPR = FPR)</source>
        <translation>随机水平（TPR = FPR）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>False-positive rate (non-members flagged)</source>
        <translation>假阳性率（被误判为成员的非成员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True-positive rate (members found)</source>
        <translation>真阳性率（被识别出的成员）</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="+16"/>
        <source>LGPL-3.0</source>
        <translation>LGPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD-3-Clause</source>
        <translation>BSD-3-Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apache-2.0</source>
        <translation>Apache-2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPL-3.0</source>
        <translation>GPL-3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About PrivateSNN Lab</source>
        <translation>关于 PrivateSNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;See, measure and stop class leakage in spiking neural networks.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;查看、测量并阻止脉冲神经网络中的类别泄漏。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;库&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;版本&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;许可证&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../app/report/accuracysection.cpp" line="+30"/>
        <source>ANN (teacher)</source>
        <translation>ANN（教师）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/activitysection.cpp" line="+49"/>
        <location filename="../app/report/energysection.cpp" line="+26"/>
        <location line="+69"/>
        <source>Converted SNN</source>
        <translation>转换后的 SNN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/activitysection.cpp" line="+0"/>
        <location filename="../app/report/energysection.cpp" line="-69"/>
        <location line="+68"/>
        <source>Imported SNN</source>
        <translation>导入的 SNN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported SNN before encryption</source>
        <translation>加密前的导入 SNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted SNN before encryption</source>
        <translation>加密前的转换 SNN</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/report/activitysection.cpp" line="+1"/>
        <location filename="../app/report/energysection.cpp" line="-66"/>
        <location line="+68"/>
        <source>Encrypted SNN</source>
        <translation>加密后的 SNN</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not run: the networks have not been evaluated yet.</source>
        <translation>未运行：尚未评估这些网络。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/report/energysection.cpp" line="-74"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time steps</source>
        <translation>时间步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change vs ANN</source>
        <translation>相对 ANN 的变化</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location filename="../app/report/leakagesection.cpp" line="+35"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-1 accuracy on %1 evaluation images%2, used only to measure.</source>
        <translation>在 %1 张评估图像%2上的 Top-1 准确率，仅用于测量。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accuracy vs time steps</source>
        <translation>准确率随时间步的变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: no accuracy per time step has been recorded.</source>
        <translation>未运行：尚未记录每个时间步的准确率。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy after t time steps of the converted and the encrypted SNN; the dashed line is the ANN.</source>
        <translation>转换 SNN 与加密 SNN 在 t 个时间步后的准确率；虚线为 ANN。</translation>
    </message>
    <message>
        <location filename="../app/report/activitysection.cpp" line="-28"/>
        <source>Spike rates per layer</source>
        <translation>各层脉冲发放率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: spike rates have not been measured yet.</source>
        <translation>未运行：尚未测量脉冲发放率。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spikes per neuron per time step on the evaluation images. Fewer spikes mean less energy.</source>
        <translation>评估图像上每个神经元每个时间步的脉冲数。脉冲越少，能耗越低。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input layer fires %1 spikes per pixel over T = %2 time steps, %3 per time step.</source>
        <translation>输入层在 T = %2 个时间步内每个像素发放 %1 个脉冲，即每个时间步 %3 个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The input layer fires %1 spikes per pixel over the whole time window.</source>
        <translation>输入层在整个时间窗口内每个像素发放 %1 个脉冲。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spike rate of each layer, converted vs encrypted SNN (logarithmic scale).</source>
        <translation>各层脉冲发放率：转换 SNN 对比加密 SNN（对数刻度）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/report/conversionsection.cpp" line="+54"/>
        <location filename="../app/report/encryptionsection.cpp" line="+100"/>
        <location filename="../app/report/energysection.cpp" line="+71"/>
        <location filename="../app/report/modelsection.cpp" line="+58"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted / converted</source>
        <translation>加密 / 转换</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted / imported</source>
        <translation>加密 / 导入</translation>
    </message>
    <message>
        <location filename="../app/report/conversionsection.cpp" line="-34"/>
        <source>Conversion: thresholds per layer</source>
        <translation>转换：各层阈值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: the ANN has not been converted to an SNN yet.</source>
        <translation>未运行：尚未将 ANN 转换为 SNN。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not converted: the spiking model was imported from %1 and is simulated at T = %2 time steps with these semantics (each with where it came from): %3.</source>
        <translation>未转换：该脉冲模型从 %1 导入，在 T = %2 个时间步下按以下语义仿真（各附其来源）：%3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Converted at T = %1 time steps from %2 synthetic images in %3; thresholds are the %4 activation per %5, scaled by %6.</source>
        <translation>在 T = %1 个时间步下，用 %2 张合成图像转换，用时 %3；阈值为每个%5的%4激活值，缩放系数 %6。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold (mean over channels)</source>
        <translation>阈值（各通道平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conversion recorded no thresholds.</source>
        <translation>转换未记录任何阈值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firing threshold of each spiking layer.</source>
        <translation>每个脉冲层的发放阈值。</translation>
    </message>
    <message>
        <location filename="../app/report/encryptionsection.cpp" line="-77"/>
        <source>Spike-based training at T = %1 on %2 synthetic images for %3 of %4 planned epochs (%5); m = %6, τ = %7, learning rate %8, batch size %9.</source>
        <translation>在 T = %1 下用 %2 张合成图像进行基于脉冲的训练，完成计划 %4 轮中的 %3 轮（%5）；m = %6，τ = %7，学习率 %8，批大小 %9。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logits of Eq. 6: %1 × the accumulated output membrane (factor fitted to the ANN&apos;s logits before training).</source>
        <translation>式 6 的 logits：%1 × 累积输出膜电位（训练前按 ANN 的 logits 拟合的系数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logits of Eq. 6: %1 × the accumulated output membrane (rate decoding).</source>
        <translation>式 6 的 logits：%1 × 累积输出膜电位（发放率解码）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logits of Eq. 6: the accumulated output membrane as it is.</source>
        <translation>式 6 的 logits：累积输出膜电位原值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole step took %1 (training, the evaluations around it and saving the model).</source>
        <translation>整个步骤耗时 %1（包括训练、其前后的评估以及保存模型）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s dropout layers were off during training (the paper keeps them on).</source>
        <translation>训练时网络的 Dropout 层已关闭（论文中保持开启）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed from the checkpoint of epoch %1.</source>
        <translation>已从第 %1 轮的检查点继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accuracy of the imported SNN at this T before encryption: %1.</source>
        <translation>加密前导入 SNN 在此 T 下的准确率：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of the converted SNN at this T before encryption: %1.</source>
        <translation>加密前转换 SNN 在此 T 下的准确率：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval accuracy</source>
        <translation>评估准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/provenancesection.cpp" line="+48"/>
        <location filename="../app/report/synthesissection.cpp" line="+28"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption losses per epoch: cross-entropy, distillation and their weighted total.</source>
        <translation>每轮的加密损失：交叉熵、蒸馏及其加权总和。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weight drift</source>
        <translation>权重漂移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cosine similarity</source>
        <translation>余弦相似度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/studysection.cpp" line="+112"/>
        <source>Relative L2 change</source>
        <translation>相对 L2 变化</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How far encryption moved each layer&apos;s weights from the converted SNN.</source>
        <translation>加密使各层权重偏离转换 SNN 的程度。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: the SNN has not been encrypted yet.</source>
        <translation>未运行：尚未加密 SNN。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No finished epoch has been recorded.</source>
        <translation>尚未记录任何完成的轮次。</translation>
    </message>
    <message>
        <location filename="../app/report/energysection.cpp" line="-71"/>
        <source>Energy per image</source>
        <translation>每张图像的能耗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative to ANN</source>
        <translation>相对 ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>ANN</source>
        <translation>ANN</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: energy has not been estimated yet.</source>
        <translation>未运行：尚未估算能耗。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated energy per image: each ANN multiply-accumulate costs %1 pJ, each SNN accumulate (one spike arriving at one synapse) costs %2 pJ.</source>
        <translation>每张图像的估算能耗：ANN 每次乘加消耗 %1 pJ，SNN 每次累加（一个脉冲到达一个突触）消耗 %2 pJ。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per layer</source>
        <translation>各层</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy per image of each layer: ANN vs converted and encrypted SNN.</source>
        <translation>各层每张图像的能耗：ANN 对比转换 SNN 与加密 SNN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/modelsection.cpp" line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+17"/>
        <source>The attack image grid %1 could not be read.</source>
        <translation>无法读取攻击图像网格 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images reconstructed by each attack, labelled with the class they were meant to show. Enlarged without smoothing.</source>
        <translation>各攻击重建的图像，标注其意图呈现的类别。放大时未做平滑处理。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leakage</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no attack has been measured yet.</source>
        <translation>未运行：尚未测量任何攻击。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each attack reconstructs class images from a network. FID and KID compare them with %1 reference images in the feature space of the %2 (lower means closer to real images); the judge&apos;s accuracy says how often an independent network recognises the intended class (chance: %3).</source>
        <translation>每种攻击都从网络中重建类别图像。FID 和 KID 在%2的特征空间中将其与 %1 张参照图像比较（越低越接近真实图像）；判别器准确率表示独立网络识别出目标类别的频率（随机水平：%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judge network</source>
        <translation>判别网络</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A second judge (%1) scores the same images; a verdict says leaks when either judge&apos;s interval does and protected only when both do, each interval at half the error rate (Bonferroni).</source>
        <translation>第二个评判器（%1）对相同的图像评分；任一评判器的区间显示泄露即判定泄露，两者都显示受保护才判定受保护，每个区间按一半的错误率计算（Bonferroni）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge).</source>
        <translation>结论仅基于一个评判器：未提供第二个评判器（设置 second_judge）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>KID (0 = real, 1 = noise)</source>
        <translation>KID（0 = 真实，1 = 噪声）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Judge 2 accuracy</source>
        <translation>评判器 2 准确率</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KID (squared kernel distance between feature sets) is scaled as in the privacy-utility study: 0 = as far from the real images as held-out real images, 1 = as far as the attacks&apos; starting noise, with its standard deviation over subsets on the same scale; the CSV holds the raw values.</source>
        <translation>KID（特征集合之间的平方核距离）按隐私-效用研究的尺度换算：0 = 与留出的真实图像一样接近真实图像，1 = 与攻击的起始噪声一样远，子集上的标准差也按同一尺度给出；CSV 保存原始值。</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="+23"/>
        <source>the lab&apos;s own attacks</source>
        <translation>本实验室自己的攻击</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rater</source>
        <translation>评判者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images rated</source>
        <translation>已评判图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Human judge</source>
        <translation>人工评判</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab&apos;s rating sessions could not be read: %1</source>
        <translation>无法读取实验室的评判会话：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not rated: nobody has rated this lab&apos;s attack images yet (Attack page, &quot;Rate images&quot;; or privatesnn ratings --lab LAB --import FILE).</source>
        <translation>未评判：尚无人评判过此实验室的攻击图像（“攻击”页面的“评判图像”，或 privatesnn ratings --lab LAB --import FILE）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Do people recognise the classes in the attack images? Each rater saw the images one at a time, blind (no target class, no point, no attack), in an order shuffled across points and attacks, and named a class or answered &quot;can&apos;t tell&quot;, which counts as wrong. %1 rater(s) gave %2 answers on the lab&apos;s %3 attack images.</source>
        <translation>人能在攻击图像中认出类别吗？每位评判者逐张、盲评地（不显示目标类别、研究点或攻击）观看图像，顺序在各研究点和攻击之间打乱，并说出一个类别或回答“无法判断”（计为错误）。%1 位评判者对本实验室的 %3 张攻击图像给出了 %2 个答案。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/report/leakagesection.cpp" line="-37"/>
        <location filename="../app/report/membershipsection.cpp" line="+124"/>
        <location filename="../app/report/studysection.cpp" line="+120"/>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point</source>
        <translation>研究点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>评判数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Human accuracy</source>
        <translation>人工准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exact interval</source>
        <translation>精确区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaks to people</source>
        <translation>向人泄露</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/report/studysection.cpp" line="+28"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/studysection.cpp" line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervals are exact (Clopper–Pearson) at each point&apos;s family-wise %1 % level over its attacks (Bonferroni). Chance is %2 (%3 classes). Leaks to people: the interval lies above chance. The verdicts follow the study&apos;s rule with a margin of %4 points. An image rated by several people counts once per rating.</source>
        <translation>区间为各研究点在其全部攻击上族系水平 %1 % 的精确区间（Clopper–Pearson，Bonferroni 校正）。随机水平为 %2（%3 个类别）。向人泄露：区间位于随机水平之上。判定遵循研究的规则，余量为 %4 个百分点。被多人评判的图像按每次评判计一次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answers are about images that a later run of the attack made again; they are kept in the sessions but left out of these figures.</source>
        <translation>%1 个答案针对的是后来重新运行攻击时重新生成的图像；它们保留在会话中，但不计入这些数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement between the raters: Fleiss&apos; κ = %1 over the %2 images every rater answered (classes and &quot;can&apos;t tell&quot; as categories; 0 is chance agreement, 1 complete agreement).</source>
        <translation>评判者间一致性：在所有评判者都回答过的 %2 张图像上，Fleiss&apos; κ = %1（以各类别和“无法判断”为类别；0 为随机一致，1 为完全一致）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement between raters needs at least two raters; this lab has one.</source>
        <translation>评判者间一致性至少需要两位评判者；本实验室只有一位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement between the raters is undefined: %1 images were answered by every rater, all in one category or too few.</source>
        <translation>评判者间一致性无定义：所有评判者都回答过的图像有 %1 张，全部属于同一类别或数量太少。</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+1"/>
        <location filename="../app/report/membershipsection.cpp" line="-2"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/synthesissection.cpp" line="-1"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID × 10³</source>
        <translation>KID × 10³</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/studysection.cpp" line="-144"/>
        <source>Judge accuracy</source>
        <translation>判别器准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge confidence</source>
        <translation>判别器置信度</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-42"/>
        <location filename="../app/report/leakagesection.cpp" line="+1"/>
        <location filename="../app/report/membershipsection.cpp" line="+9"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../app/report/leakagesection.cpp" line="+34"/>
        <source>KID (squared kernel distance between feature sets; 0 = same distribution) is shown × 1000 with its standard deviation over subsets; the CSV holds the unscaled values.</source>
        <translation>KID（特征集之间的核距离平方；0 = 分布相同）以 × 1000 显示，并附各子集上的标准差；CSV 文件中为未缩放的值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconstructed images</source>
        <translation>重建的图像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verdict per attack</source>
        <translation>各攻击的结论</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run: no leakage verdict has been recorded yet.</source>
        <translation>未运行：尚未记录泄漏结论。</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-2"/>
        <location filename="../app/report/modelsection.cpp" line="-29"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/report/modelsection.cpp" line="+9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/provenancesection.cpp" line="+3"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location filename="../app/report/provenancesection.cpp" line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>MACs per image</source>
        <translation>每张图像的 MACs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge network</source>
        <translation>判别网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge SHA-256</source>
        <translation>判别网络 SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results file lists no layers for this model.</source>
        <translation>结果文件中没有此模型的层。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data-free proof</source>
        <translation>无数据证明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no step has recorded its inputs yet.</source>
        <translation>未运行：尚无步骤记录其输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What each step that builds a network was given, as recorded by the pipeline. None of them may see training or evaluation images; that is the point of the method.</source>
        <translation>流水线记录的、每个构建网络的步骤所获得的输入。它们都不得接触训练或评估图像；这正是该方法的要点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/report/provenancesection.cpp" line="-4"/>
        <location line="+4"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>输入内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthesize images</source>
        <translation>合成图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert ANN to SNN</source>
        <translation>将 ANN 转换为 SNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt SNN</source>
        <translation>加密 SNN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No evaluation data was used.</source>
        <translation>未使用评估数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluation data, used only to measure:</source>
        <translation>仅用于测量的评估数据：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../app/report/pdfrenderer.cpp" line="+27"/>
        <location filename="../app/report/reportcontext.cpp" line="+109"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the PDF writer could not start</source>
        <translation>PDF 写入器无法启动</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../app/report/provenancesection.cpp" line="-6"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inputs and outputs</source>
        <translation>输入与输出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration and provenance</source>
        <translation>配置与来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: no step has written its configuration and provenance yet.</source>
        <translation>未记录：尚无步骤写入其配置与来源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report drawn with</source>
        <translation>报告生成工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>配置档</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/report/studysection.cpp" line="-5"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/report/reportcontext.cpp" line="-69"/>
        <location filename="../app/report/reportwriter.cpp" line="+84"/>
        <location filename="../app/report/summarysection.cpp" line="+119"/>
        <source>PrivateSNN Lab report</source>
        <translation>PrivateSNN Lab 报告</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Cannot write the plot %1: %2</source>
        <translation>无法写入图表 %1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the image %1: %2</source>
        <translation>无法写入图像 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/report/reportwriter.cpp" line="-59"/>
        <source>Writing a report needs a QApplication (the plots are drawn with widgets); create a psnn::ReportApplication first.</source>
        <translation>写报告需要 QApplication（图表由控件绘制）；请先创建 psnn::ReportApplication。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing a report must happen on the application&apos;s main thread.</source>
        <translation>报告必须在应用程序的主线程中写入。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot create the report folder %1.</source>
        <translation>无法创建报告文件夹 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/report/summarysection.cpp" line="+1"/>
        <source>PrivateSNN Lab report: %1</source>
        <translation>PrivateSNN Lab 报告：%1</translation>
    </message>
    <message>
        <location filename="../app/report/resultsfile.cpp" line="+22"/>
        <source>The lab folder %1 does not exist.</source>
        <translation>实验室文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist: the lab has no results yet. Run the pipeline on this lab first.</source>
        <translation>%1 不存在：该实验室尚无结果。请先在此实验室上运行流水线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 不是有效的 JSON：第 %3 字节处 %2。</translation>
    </message>
    <message>
        <location filename="../app/report/summarysection.cpp" line="-100"/>
        <location line="+42"/>
        <source>ANN %1</source>
        <translation>ANN %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+42"/>
        <source>converted SNN %1</source>
        <translation>转换 SNN %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>imported SNN %1</source>
        <translation>导入的 SNN %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>encrypted SNN %1</source>
        <translation>加密 SNN %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Accuracy: %1, on %2 evaluation images.</source>
        <translation>准确率：%1，基于 %2 张评估图像。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>synthesis</source>
        <translation>合成</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>conversion</source>
        <translation>转换</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 was given %2</source>
        <translation>%1 获得了 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data-free: %1.</source>
        <translation>无数据：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The evaluation data (%1) was used only to measure: %2.</source>
        <translation>评估数据（%1）仅用于测量：%2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (%1 the ANN)</source>
        <translation> (ANN 的 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy per image: %1.</source>
        <translation>每张图像的能耗：%1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 on the %2: %3 (p = %4).</source>
        <translation>%1 针对%2：%3（p = %4）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leakage was measured, but no verdict was recorded.</source>
        <translation>已测量泄漏，但未记录结论。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accuracy evaluation</source>
        <translation>准确率评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leakage attacks</source>
        <translation>泄漏攻击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spike-rate measurement</source>
        <translation>脉冲发放率测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy estimate</source>
        <translation>能耗估算</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run yet: %1.</source>
        <translation>尚未运行：%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lab %1 · profile %2 · results of %3 · report written %4</source>
        <translation>实验室 %1 · 配置档 %2 · 结果时间 %3 · 报告生成于 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../app/report/synthesissection.cpp" line="+0"/>
        <source>Per class</source>
        <translation>每类</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher agreement</source>
        <translation>教师一致率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean loss</source>
        <translation>平均损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teacher agreement: share of synthetic images the teacher assigns to the class they were made for.</source>
        <translation>教师一致率：教师网络将合成图像归入其目标类别的比例。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Class similarity</source>
        <translation>类别相似度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded: the synthesis step stored no class similarity.</source>
        <translation>未记录：合成步骤未保存类别相似度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Similarity between the synthetic images of each pair of classes (row: class, column: class). High values off the diagonal mean the teacher&apos;s classes are hard to tell apart without data.</source>
        <translation>每对类别合成图像之间的相似度（行：类别，列：类别）。对角线外数值高，说明在没有数据时教师网络的类别难以区分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samples by class</source>
        <translation>按类别的样本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded: the synthesis step stored no sample images.</source>
        <translation>未记录：合成步骤未保存样本图像。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Synthetic images made from the teacher&apos;s weights alone, enlarged without smoothing so every pixel stays visible.</source>
        <translation>仅由教师网络权重生成的合成图像，放大时未做平滑处理，每个像素都清晰可见。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n sample image(s) listed in results.json could not be read.</source>
        <translation>
            <numerusform>无法读取 results.json 中列出的 %n 张样本图像。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synthetic images</source>
        <translation>合成图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no images have been synthesized from the teacher yet.</source>
        <translation>未运行：尚未从教师网络合成图像。</translation>
    </message>
    <message>
        <location filename="../app/report/verdicts.cpp" line="+34"/>
        <source>no verdict recorded</source>
        <translation>未记录结论</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The judge network recognised the intended class of %1 of the %2 reconstructed images (chance: %3).</source>
        <translation>判别网络在 %2 张重建图像中识别出 %1 张的目标类别（随机水平：%3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The second judge network recognised %1 of them.</source>
        <translation>第二个评判网络识别出其中的 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1; p = %2.</source>
        <translation>规则：%1；p = %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against the %2 %3.</source>
        <translation>%1 针对%2：%3。</translation>
    </message>
    <message>
        <location filename="../app/report/humansection.cpp" line="-51"/>
        <location filename="../app/report/membershipsection.cpp" line="-100"/>
        <location line="+1"/>
        <location filename="../app/report/studysection.cpp" line="-86"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../app/report/membershipsection.cpp" line="+6"/>
        <source>%1, %2 → %3: AUC changes by %4 (%5 % paired bootstrap interval %6 to %7).</source>
        <translation>%1，%2 → %3：AUC 变化 %4（%5 % 配对自助法区间 %6 至 %7）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 个中的 %2 个）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RMIA per class: members found at the 1 % FPR threshold of all records (exact intervals in LAB/membership/per_class.csv).</source>
        <translation>各类别的 RMIA：在全部记录的 1 % FPR 阈值下找到的成员（精确区间见 LAB/membership/per_class.csv）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Membership inference</source>
        <translation>成员推断</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lab&apos;s membership audit (%1) was made with models the lab no longer holds, or cannot be read: run privatesnn membership --lab LAB again.</source>
        <translation>实验室的成员推断审计（%1）所用的模型已不在实验室中，或该审计无法读取：请重新运行 privatesnn membership --lab LAB。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not run: no membership audit in this lab (privatesnn membership --lab LAB).</source>
        <translation>未运行：此实验室中没有成员推断审计（privatesnn membership --lab LAB）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can an attacker who sees only a network&apos;s outputs tell whether a record was in the teacher&apos;s training data? %1 members (%2) and %3 non-members (%4), class-balanced; loss attack, offline LiRA and offline RMIA with %5 reference models of the teacher&apos;s architecture, each trained %6 epochs on half of a pool of %7 records.</source>
        <translation>只能看到网络输出的攻击者，能否判断某条记录是否在教师网络的训练数据中？%1 个成员（%2）和 %3 个非成员（%4），各类别均衡；损失攻击、离线 LiRA 和离线 RMIA 使用 %5 个与教师网络架构相同的参照模型，每个都在 %7 条记录组成的样本池的一半上训练 %6 轮。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ROC of each attack on log-log axes (the ANN&apos;s logits, the SNNs&apos; summed output membrane); the low false-positive corner is what an attacker can use.</source>
        <translation>各攻击在双对数坐标轴上的 ROC（ANN 用 logits，SNN 用累积输出膜电位）；攻击者能利用的是低假阳性的一角。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % interval</source>
        <translation>%1 % 区间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readout</source>
        <translation>读出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AUC on misclassified records</source>
        <translation>误分类记录上的 AUC</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>AUC interval: stratified bootstrap; TPR interval: exact (Clopper-Pearson). %1 non-members allow %2 false positives at 1 % FPR.</source>
        <translation>AUC 区间：分层自助法；TPR 区间：精确区间（Clopper-Pearson）。%1 个非成员在 1 % FPR 下允许 %2 个假阳性。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* Too few non-members to resolve 0.1 % FPR (it needs at least 1,000).</source>
        <translation>* 非成员太少，无法分辨 0.1 % FPR（至少需要 1,000 个）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per-class figures, the misclassified slice, the T sweep and every record&apos;s score: LAB/membership/*.csv. Time: %1 (reference models %2).</source>
        <translation>各类别数据、误分类记录、T 扫描以及每条记录的分数：LAB/membership/*.csv。用时：%1（参照模型 %2）。</translation>
    </message>
    <message>
        <location filename="../app/report/studysection.cpp" line="+8"/>
        <source>How much encryption is enough?</source>
        <translation>需要多少加密才够？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab&apos;s study could not be read: %1</source>
        <translation>无法读取此实验室的研究：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: no privacy-utility study in this lab (privatesnn study --lab LAB).</source>
        <translation>未运行：此实验室中没有隐私-效用研究（privatesnn study --lab LAB）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same converted SNN defended at several strengths: encryption (the paper&apos;s spike-based training with distillation) at growing doses, Gaussian noise with the same per-layer weight drift as each encryption dose, and distillation into the same SNN from a random initialisation. Each point is attacked by the ReLU re-conversion (attack 1), a re-conversion that clips each layer at its threshold, and surrogate gradients (attack 2), and each attack&apos;s images are scored by every judge.</source>
        <translation>同一个转换后的 SNN 以多种强度防御：剂量递增的加密（论文中带蒸馏的基于脉冲的训练）、与每个加密剂量逐层权重漂移相同的高斯噪声，以及从随机初始化蒸馏到同一 SNN。每个点都用 ReLU 再转换（攻击 1）、在阈值处截断各层的再转换和替代梯度（攻击 2）进行攻击，每次攻击的图像都由每个判别器评分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Further defences from the model-inversion literature, at the same restart seeds and attacks: the first k weight layers re-initialised and distilled with the rest frozen (early layers carry most of what inversion exploits), negative label smoothing of the distillation targets (positive smoothing is known to help inversion), and weights quantised to k bits per layer without training.</source>
        <translation>来自模型反演文献的其他防御，使用相同的重启种子和攻击：前 k 个权重层重新初始化并蒸馏，其余层冻结（早期层承载了反演所利用的大部分信息）；对蒸馏目标做负标签平滑（已知正向平滑有助于反演）；不经训练将每层权重量化为 k 位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two controls show what the scoring credits without inversion; they defend nothing and are drawn as stars. The transfer control nudges real images of other classes toward each class within a small budget (targeted PGD on the undefended network): the judge accuracy it reaches is what adversarial transfer alone buys. The random-network control runs the same attacks on a network of the same shape with random weights, converted like the real one: without class knowledge its images must score about chance, or the scoring itself is broken.</source>
        <translation>两个对照显示评分在没有反演的情况下会认可什么；它们不提供防御，以星号绘出。迁移对照在很小的预算内把其他类别的真实图像推向每个类别（对未防御网络做定向 PGD）：它达到的评判器准确率就是仅靠对抗迁移所得的部分。随机网络对照在形状相同、权重随机并像真实网络一样转换的网络上运行相同的攻击：没有类别知识，其图像的得分必须接近随机水平，否则评分本身就有问题。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdicts come from each judge&apos;s exact (Clopper–Pearson) interval at the family-wise %1 % level: with F tests at a point (its attacks × judges), each interval is at 1 − %2/F (Bonferroni), so the strongest of several attacks cannot leak by chance alone. Leaks: the interval lies more than %3 points above chance; leaks within the margin: above chance, but not more than %3 points; protected against this attacker budget: its upper end is at most %3 points above chance; otherwise inconclusive. An attack leaks when any judge says so and is protected only when every judge says so; a point likewise over its attacks. An open verdict gives the images (whole restarts of every class) at which the interval would reach a verdict with 80 % power if the observed rate were the true one.</source>
        <translation>结论来自每个判别器在族系 %1 % 水平下的精确（Clopper–Pearson）区间：若一个点有 F 个检验（其攻击 × 判别器），每个区间取 1 − %2/F 水平（Bonferroni），因此多次攻击中的最强者不会仅凭偶然判为泄露。泄露：区间高于随机水平超过 %3 个百分点；在容差范围内泄露：高于随机水平，但不超过 %3 个百分点；在此攻击者预算下受保护：上界不超过随机水平 %3 个百分点；否则无法判定。任一判别器判为泄露，该攻击即泄露；所有判别器都判为受保护，才算受保护；一个点对其各次攻击同理。未定的结论给出在观测比率即真实比率时，区间以 80 % 检验功效得出结论所需的图像数（以每个类别的完整重启计）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Defence</source>
        <translation>防御</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNN accuracy</source>
        <translation>SNN 准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-converted ANN</source>
        <translation>再转换的 ANN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack</source>
        <translation>最强攻击</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Each trained or noised point is built with several defence seeds (each its own network or noise direction, all attacked with the same restart seeds); the accuracies are the seeds&apos; means. Judge accuracy is the first judge&apos;s on the strongest attack, pooled over seeds; its 95 % interval is exact on the pooled counts divided by their design effect (the seeds&apos; spread against the restarts&apos;, widened by t for few seeds), and the bootstrap resamples seeds, then restarts within each class (the classes are the population, not a sample). The family-wise interval is the one the point&apos;s verdict rests on. McNemar p compares the strongest attack&apos;s images pair by pair with the same attack on the undefended SNN. KID (the headline distance, with its standard error) and FID are normalised between real images held out of the reference set (0) and the attacks&apos; initial noise (1). Every attack of every point: study_attacks.csv and LAB/study/study.csv.</source>
        <translation>每个经过训练或加噪的点都用多个防御种子构建（每个种子是独立的网络或噪声方向，全部使用相同的重启种子攻击）；准确率为各种子的平均值。评判器准确率是第一个评判器在最强攻击上的结果，跨种子合并；其 95 % 区间是对合并计数除以设计效应（种子间离散相对于重启间离散，种子少时按 t 放宽）后的精确区间，自助法先重抽种子，再在每个类别内重抽重启（类别是总体，而非样本）。族系区间是该点判定所依据的区间。McNemar p 将最强攻击的图像与未防御 SNN 上同一攻击的图像逐对比较。KID（主要距离，附标准误）和 FID 在从参考集中留出的真实图像（0）与攻击的初始噪声（1）之间归一化。每个点的每次攻击：study_attacks.csv 和 LAB/study/study.csv。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Distances are measured in the first judge&apos;s features (a file written before the feature extractor was recorded).</source>
        <translation>距离在第一个评判器的特征中测量（该文件写于记录特征提取器之前）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distances are measured in: %1 — never in the attacked teacher&apos;s features.</source>
        <translation>距离的测量空间：%1 —— 从不使用被攻击教师网络的特征。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First</source>
        <translation>第一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact p</source>
        <translation>精确 p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At equal accuracy loss</source>
        <translation>在相同准确率损失下</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 points</source>
        <translation>%1 至 %2 个百分点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paired comparisons (judge accuracy of the first minus the second, the first point&apos;s strongest attack): each defended point against the undefended one, and each encryption dose against the noise with its drift. The interval is Agresti and Min&apos;s adjusted Wald interval for matched pairs and, like p (exact McNemar), uses the counts divided by their design effect over seeds. A comparison is at equal accuracy loss only where the two points lose within one point of each other; otherwise it compares defences at different costs. Every attack: study_comparisons.csv.</source>
        <translation>配对比较（第一个点最强攻击下，第一个的评判器准确率减去第二个的）：每个防御点与未防御点比较，每个加密强度与具有相同漂移的噪声比较。区间是 Agresti 与 Min 针对配对比例的校正 Wald 区间，并与 p（精确 McNemar 检验）一样，使用除以跨种子设计效应后的计数。只有两个点的准确率损失相差不超过一个百分点时，比较才是在相同准确率损失下进行的；否则比较的是代价不同的防御。每次攻击：study_comparisons.csv。</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Family-wise interval</source>
        <translation>族系区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict of the point</source>
        <translation>该点的结论</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People (exact interval)</source>
        <translation>人（精确区间）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Second judge</source>
        <translation>第二判别器</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Privacy-utility frontier: accuracy lost against the ANN and the strongest attack&apos;s judge accuracy with its 95 % interval, one curve per defence; stars: the controls.</source>
        <translation>隐私-效用前沿：相对 ANN 损失的准确率，以及最强攻击的评判器准确率及其 95 % 区间，每种防御一条曲线；星号：对照。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled triangles (&quot;people&quot;): the human judge&apos;s accuracy over all of a point&apos;s rated attack images, with its exact 95 % interval, in the colour of the point&apos;s defence.</source>
        <translation>实心三角形（“人”）：某研究点所有已评判攻击图像上的人工准确率，及其精确 95 % 区间，采用该点防御的颜色。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bootstrap (seeds, restarts)</source>
        <translation>自助法（种子、重启）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judges agree</source>
        <translation>判别器一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID (0 real, 1 noise)</source>
        <translation>KID（0 真实，1 噪声）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FID (0 real, 1 noise)</source>
        <translation>FID（0 真实，1 噪声）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>McNemar p</source>
        <translation>McNemar p</translation>
    </message>
    <message>
        <location filename="../app/report/htmlwriter.cpp" line="+168"/>
        <source>Part %1 of %2 of this table, split to fit the page (the HTML report shows it whole).</source>
        <translation>此表的第 %1 部分（共 %2 部分），为适应页面而拆分（HTML 报告中显示完整表格）。</translation>
    </message>
</context>
<context>
    <name>RunFailureText</name>
    <message>
        <location filename="../app/bridge/runfailuretext.cpp" line="+29"/>
        <source>The pipeline stopped.</source>
        <translation>流水线已停止。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The step &apos;%1&apos; failed.</source>
        <translation>步骤“%1”失败。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the model and evaluation data paths on the Load page.</source>
        <translation>请在“加载 ANN”页面检查模型和评估数据的路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a lab folder you can write to (File ▸ New Lab).</source>
        <translation>请选择可写入的实验室文件夹（文件 ▸ 新建实验室）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower the learning rate or the step size and run again.</source>
        <translation>请降低学习率或步长后重新运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Lower the batch size or the number of time steps, or close other programs.</source>
        <translation>请减小批大小或时间步数，或关闭其他程序。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Change the settings named above and run again; finished steps are kept.</source>
        <translation>请修改上面提到的设置后重新运行；已完成的步骤会保留。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LibTorch refused an operation. Try smaller settings; if it persists, report it with the log.</source>
        <translation>LibTorch 拒绝了一项操作。请尝试更小的设置；如仍出现，请连同日志报告。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please report this, with the log, to the PrivateSNN Lab developers.</source>
        <translation>请将此问题连同日志报告给 PrivateSNN Lab 开发者。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/labmodel/src/settings_catalogue_table.cpp" line="+122"/>
        <location line="+4"/>
        <location line="+45"/>
        <location line="+48"/>
        <source>images</source>
        <translation>张图像</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Images per class</source>
        <translation>每类图像数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many synthetic images to make for each class (paper: 1000; demo: 50).</source>
        <translation>每个类别生成的合成图像数量（论文：1000；演示：50）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimisation steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam steps per batch of images (paper: 200).</source>
        <translation>每批图像的 Adam 步数（论文：200）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Images optimised together; larger is faster but needs more memory (paper: 100).</source>
        <translation>一起优化的图像数；越大越快，但需要更多内存（论文：100）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Adam&apos;s step size on the image pixels (paper: 0.05).</source>
        <translation>Adam 在图像像素上的步长（论文：0.05）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Temperature τ</source>
        <translation>温度 τ</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The loss compares softmax(z / τ) with the soft label (paper: 20).</source>
        <translation>损失将 softmax(z / τ) 与软标签比较（论文：20）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dirichlet β</source>
        <translation>狄利克雷 β</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scales the class-similarity row into the Dirichlet concentration: small β gives peaked, varied targets (paper: 1.0).</source>
        <translation>将类别相似度的行缩放为狄利克雷浓度参数：β 越小，目标越尖锐、越多样（论文：1.0）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Maximum input current (Algorithm 1)</source>
        <translation>最大输入电流（算法 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High percentile (robust to outliers)</source>
        <translation>高百分位数（对离群值稳健）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold statistic</source>
        <translation>阈值统计量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which statistic of each layer&apos;s input current becomes its threshold.</source>
        <translation>以每层输入电流的哪种统计量作为其阈值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold scale</source>
        <translation>阈值缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies every balanced threshold; below 1 lets low T reach the ANN&apos;s accuracy (paper: 0.7).</source>
        <translation>与每个平衡后的阈值相乘；小于 1 可让较小的 T 也达到 ANN 的准确率（论文：0.7）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>time steps</source>
        <translation>个时间步</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Time steps T</source>
        <translation>时间步 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length while balancing thresholds and measuring (paper: 100; demo: 30).</source>
        <translation>平衡阈值和测量时的仿真长度（论文：100；演示：30）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the synthetic images (paper: 20). The learning rate drops tenfold at 50 % and 70 %.</source>
        <translation>遍历合成图像的次数（论文：20）。学习率在 50 % 和 70 % 处各降为十分之一。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per training step (paper: 64; memory grows with batch × T).</source>
        <translation>每个训练步的图像数（论文：64；内存随批大小 × T 增长）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam&apos;s learning rate (paper: 1e-4).</source>
        <translation>Adam 的学习率（论文：1e-4）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distillation weight m</source>
        <translation>蒸馏权重 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eq. 6: loss = (1 − m) · CE + m · τ² · KD (paper: 0.7).</source>
        <translation>式 6：损失 = (1 − m) · CE + m · τ² · KD（论文：0.7）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softens the ANN&apos;s and the SNN&apos;s outputs in the distillation term (paper: 20).</source>
        <translation>在蒸馏项中软化 ANN 和 SNN 的输出（论文：20）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accumulated membrane, scaled to the ANN&apos;s logits</source>
        <translation>累积膜电位，缩放到 ANN 的 logits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accumulated membrane as it is (authors&apos; code)</source>
        <translation>累积膜电位原值（作者代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-decoded: divided by T, times the thresholds</source>
        <translation>按发放率解码：除以 T，乘以阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output logits</source>
        <translation>输出 logits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the spiking network&apos;s output enters the loss of Eq. 6. The raw sum suits thresholds balanced without the 0.7 scale.</source>
        <translation>脉冲网络的输出如何进入式 6 的损失。原始累加和适合未乘 0.7 系数而平衡的阈值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time steps T (0: as converted)</source>
        <translation>时间步 T（0：沿用转换时的值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length during training; 0 keeps the converted network&apos;s T.</source>
        <translation>训练时的仿真长度；0 表示沿用转换网络的 T。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both targets of Eq. 6 become (1 − a) · t + a / K. Negative values sharpen them, a defence against model inversion (Struppek et al. 2024); 0 = the paper.</source>
        <translation>式 6 的两个目标变为 (1 − a) · t + a / K。负值使其更尖锐，是针对模型反演的防御（Struppek et al. 2024）；0 = 论文设置。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class numbers to attack, separated by commas (0 is the first class); empty attacks every class.</source>
        <translation>要攻击的类别编号，以逗号分隔（0 为第一个类别）；留空则攻击所有类别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per class, each from its own seeded noise (paper: 10).</source>
        <translation>每个类别的图像数，每张都从各自带种子的噪声开始（论文：10）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient steps per image (paper: 150). In attack 2 each one backpropagates through all T time steps, so keep it small on a CPU.</source>
        <translation>每张图像的梯度步数（论文：150）。在攻击 2 中每一步都要反向传播经过全部 T 个时间步，因此在 CPU 上请保持较小。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>From the file, else to v_reset (NIR)</source>
        <translation>按文件,否则置为 v_reset(NIR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtract the threshold</source>
        <translation>减去阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to v_reset</source>
        <translation>置为 v_reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set to zero</source>
        <translation>置零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset after a spike</source>
        <translation>脉冲后的复位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a spike: subtract the threshold or set the membrane to v_reset or 0; from the file = the graph&apos;s metadata, else v_reset (NIR&apos;s definition).</source>
        <translation>脉冲后:减去阈值,或将膜电位置为 v_reset 或 0;按文件 = 图的元数据,否则为 v_reset(NIR 的定义)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the file, else direct</source>
        <translation>按文件,否则直接输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct (the image at every step)</source>
        <translation>直接输入(每个时间步输入图像)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poisson spikes</source>
        <translation>泊松脉冲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input coding</source>
        <translation>输入编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How images enter the imported model; from the file = the graph&apos;s metadata, else direct.</source>
        <translation>图像如何进入导入的模型;按文件 = 图的元数据,否则直接输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the file, else spikes of a firing output layer</source>
        <translation>按文件,否则为会发放的输出层的脉冲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output membrane</source>
        <translation>输出膜电位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output spike counts</source>
        <translation>输出脉冲计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readout</source>
        <translation>读出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class scores of the imported model; from the file = the graph&apos;s metadata, else the spike counts of a firing output layer.</source>
        <translation>导入模型的类别得分;按文件 = 图的元数据,否则为会发放的输出层的脉冲计数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time step (dt)</source>
        <translation>时间步长(dt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward-Euler step of the imported neurons in seconds; 0 = the graph&apos;s metadata, snnTorch&apos;s tau/r, else 1 (Norse trains with 0.001).</source>
        <translation>导入神经元的前向欧拉步长(秒);0 = 图的元数据、snnTorch 的 tau/r,否则为 1(Norse 以 0.001 训练)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time steps (T)</source>
        <translation>时间步数(T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulation length of the imported model; 0 = the graph&apos;s metadata, else 100.</source>
        <translation>导入模型的仿真长度;0 = 图的元数据,否则为 100。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfer control ε</source>
        <translation>迁移对照 ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L∞ radius of the transfer control&apos;s adversarial examples, as a share of the pixel range (0.1: the usual Fashion-MNIST budget).</source>
        <translation>迁移对照对抗样本的 L∞ 半径，以像素范围的比例表示（0.1：常用的 Fashion-MNIST 预算）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seeds</source>
        <translation>个种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence seeds</source>
        <translation>防御种子数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times each trained or noised point of the study is built, each seed its own network or noise direction, all attacked with the same restart seeds; the verdicts and comparisons account for the spread between them.</source>
        <translation>研究中每个经过训练或加噪的点构建多少次，每个种子是独立的网络或噪声方向，全部使用相同的重启种子攻击；判定和比较会考虑它们之间的离散。</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <location filename="../widgets/pages/ratingsheet.cpp" line="+40"/>
        <source>The id &quot;%1&quot; already has answers in this lab: choose a new id for a new sheet.</source>
        <translation>ID“%1”在此实验室中已有答案：请为新评判表选择新的 ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating sheet %1</source>
        <translation>评判表 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the PDF &apos;%1&apos;: check that its folder exists and is writable.</source>
        <translation>无法写入 PDF“%1”：请检查其文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating sheet %1 — page %2 of %3. For each image write the number of the class you think it shows, or ? if you can&apos;t tell. Type the answers as a CSV with the lines &quot;number,answer&quot;.</source>
        <translation>评判表 %1 — 第 %2 页，共 %3 页。请为每张图像写下您认为它显示的类别编号，无法判断时写 ?。请将答案录入为含“number,answer”行的 CSV。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot finish the PDF &apos;%1&apos;.</source>
        <translation>无法完成 PDF“%1”。</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../core/labmodel/src/steps.cpp" line="+24"/>
        <source>Synthesize images</source>
        <translation>合成图像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Convert to SNN</source>
        <translation>转换为 SNN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure the converted SNN</source>
        <translation>测量转换后的 SNN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypt (spike-based training)</source>
        <translation>加密（基于脉冲的训练）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure the encrypted SNN</source>
        <translation>测量加密后的 SNN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attack and score leakage</source>
        <translation>攻击并评估泄漏</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Load ANN</source>
        <translation>加载 ANN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthesize</source>
        <translation>合成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../widgets/models/steptitles.cpp" line="+22"/>
        <source>study point %1</source>
        <translation>研究点 %1</translation>
    </message>
</context>
<context>
    <name>StudyText</name>
    <message>
        <location filename="../widgets/models/studyfrontier.cpp" line="+31"/>
        <source>Encryption (STBP + KD)</source>
        <translation>加密（STBP + KD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise of equal drift</source>
        <translation>等漂移噪声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation from a random init</source>
        <translation>从随机初始化蒸馏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early layers re-initialised (first k)</source>
        <translation>早期层重新初始化（前 k 层）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative label smoothing</source>
        <translation>负标签平滑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k-bit weights</source>
        <translation>k 位权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer control (real images, PGD)</source>
        <translation>迁移对照（真实图像，PGD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random-network control</source>
        <translation>随机网络对照</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>leaks</source>
        <translation>泄露</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected against this attacker budget</source>
        <translation>在此攻击者预算下受保护</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaks within the margin</source>
        <translation>在容差范围内泄露</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inconclusive</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>≈ %1 images</source>
        <translation>约 %1 张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than 100000 images</source>
        <translation>超过 100000 张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 for 80 % power to show it leaks beyond the margin</source>
        <translation>%1 — 以 80 % 检验功效证明其泄露超出容差需 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 for 80 % power to bound it within the margin</source>
        <translation>%1 — 以 80 % 检验功效将其限定在容差内需 %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>paper: lr %1, %n epochs</source>
        <translation>
            <numerusform>论文：lr %1，%n 个轮次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>lr %1, %n epochs</source>
        <translation>
            <numerusform>lr %1，%n 个轮次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (converted SNN)</source>
        <translation>无（转换后的 SNN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian noise matched to %1</source>
        <translation>与 %1 匹配的高斯噪声</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>distillation from a random init, lr %1, %n epochs</source>
        <translation>
            <numerusform>从随机初始化蒸馏，lr %1，%n 个轮次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>first weight layer re-initialised and distilled, the rest frozen</source>
        <translation>第一个权重层重新初始化并蒸馏，其余冻结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first %1 weight layers re-initialised and distilled, the rest frozen</source>
        <translation>前 %1 个权重层重新初始化并蒸馏，其余冻结</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>first layer</source>
        <translation>第一层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first %1 layers</source>
        <translation>前 %1 层</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <location line="+3"/>
        <source>, lr %1, %n epochs</source>
        <translation>
            <numerusform>，lr %1，%n 个轮次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-92"/>
        <source>%1 (too few images for a verdict: %n per attack)</source>
        <translation>
            <numerusform>%1（图像太少，无法判定：每次攻击 %n 张）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too few images for verdicts: this study attacked its points with fewer than 100 images each (the quick grid), so its intervals are too wide to decide. Run the default grid for verdicts.</source>
        <translation>图像太少，无法判定：本研究对每个点的攻击都少于 100 张图像（快速网格），区间太宽，无法做出判定。如需判定，请运行默认网格。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>label smoothing %1</source>
        <translation>标签平滑 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1-bit weights (per layer, symmetric)</source>
        <translation>%1 位权重（逐层，对称）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real images of other classes, targeted PGD within %1 of the pixel range</source>
        <translation>其他类别的真实图像，像素范围 %1 内的定向 PGD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random weights of the same shape, converted like the real network</source>
        <translation>形状相同的随机权重，与真实网络同样转换</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>noise ×%1</source>
        <translation>噪声 ×%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper dose</source>
        <translation>论文剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>noise, paper dose</source>
        <translation>噪声，论文剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise %1</source>
        <translation>噪声 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reinit</source>
        <translation>重新初始化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smoothing %1</source>
        <translation>平滑 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-bit</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transfer control</source>
        <translation>迁移对照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random network</source>
        <translation>随机网络</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNN accuracy %1, %2 points lost against the ANN</source>
        <translation>SNN 准确率 %1，比 ANN 低 %2 个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight change (relative L2): %1</source>
        <translation>权重变化（相对 L2）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strongest attack: %1, judge accuracy %2</source>
        <translation>最强攻击：%1，判定器准确率 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normalised KID %1 ± %2 (0: held-out real images, 1: the attacks&apos; initial noise)</source>
        <translation>归一化 KID %1 ± %2（0：留出的真实图像，1：攻击的初始噪声）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalised KID %1 (0: real images, 1: the attacks&apos; initial noise)</source>
        <translation>归一化 KID %1（0：真实图像，1：攻击的初始噪声）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attacked.</source>
        <translation>未受攻击。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The weakest setting protected against this attacker budget is %1 (%2): every attack&apos;s interval, for every judge, ends at most %3 points above chance (highest upper bound %4, family-wise over %5 tests); its strongest attack, %6, reaches %7 judge accuracy, at a cost of %8 points of accuracy against the ANN.</source>
        <translation>在此攻击者预算下受保护的最弱设置是 %1（%2）：对每个判别器，每次攻击的区间上端都不超过随机水平 %3 个百分点（最高上界 %4，按 %5 个检验做族系校正）；其最强攻击 %6 的判别器准确率为 %7，相对 ANN 的准确率代价为 %8 个百分点。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No setting explored is protected against this attacker budget: at every point some attack&apos;s interval (family-wise over the point&apos;s attacks and judges) reaches above chance + %1 points or lies above chance (largest accuracy loss explored: %2 points).</source>
        <translation>所探索的设置均未在此攻击者预算下受保护：每个点上都有某次攻击的区间（按该点的攻击与判别器做族系校正）超过随机水平 + %1 个百分点，或整体高于随机水平（探索到的最大准确率损失：%2 个百分点）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verdicts rest on one judge: no second judge was given (setting study.second_judge).</source>
        <translation>结论只依据一个判别器：未提供第二个判别器（设置 study.second_judge）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Warning: judge %1 scores the random-network control&apos;s images (%2; random weights, no class knowledge) at %3, family-wise interval %4–%5, which excludes chance (%6). The scoring credits something other than class features: read no verdict of this study before finding out why.</source>
        <translation>警告：评判器 %1 对随机网络对照的图像（%2；随机权重，无类别知识）的评分为 %3，族级区间 %4–%5 不包含随机水平（%6）。评分认可的并非类别特征：在查明原因之前，请不要采信本研究的任何结论。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class.</source>
        <translation>迁移对照：在预算内被推向某一类别的其他类别真实图像中，评判器将 %1 归入该类别。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class: no more than chance, so adversarial transfer alone buys nothing above chance here.</source>
        <translation>迁移对照：在预算内被推向某一类别的其他类别真实图像中，评判器将 %1 归入该类别：不高于随机水平，因此这里仅靠对抗迁移得不到任何高于随机水平的效果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer control: the judge puts %1 of real images of other classes, nudged toward a class within the budget, into that class; adversarial transfer alone reaches %2 of the undefended SNN&apos;s judge accuracy above chance.</source>
        <translation>迁移对照：在预算内被推向某一类别的其他类别真实图像中，评判器将 %1 归入该类别；仅靠对抗迁移即可达到未防御 SNN 高于随机水平的评判器准确率的 %2。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — people</source>
        <translation>%1 — 人</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1
People: %2 over %n ratings</source>
        <translation>
            <numerusform>%1
人工：%n 次评分，%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33"/>
        <source>See, measure and stop class leakage in spiking neural networks.</source>
        <translation>查看、测量并阻止脉冲神经网络中的类别泄漏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the lab folder and show its results (nothing is rerun).</source>
        <translation>打开实验室文件夹并显示其结果（不会重新运行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this language instead of the one chosen in View &gt; Language or the system&apos;s: en, de, ko or zh_CN.</source>
        <translation>使用此语言，而不是“视图 &gt; 语言”中选择的语言或系统语言：en、de、ko 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a dark palette (Fusion style) whatever the desktop&apos;s theme; the same as PRIVATESNN_DARK=1.</source>
        <translation>无论桌面主题如何都使用深色调色板（Fusion 风格）；等同于 PRIVATESNN_DARK=1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PNG of every page into the folder, then quit.</source>
        <translation>将每个页面的 PNG 保存到文件夹，然后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s size for --screenshot-dir, e.g. 1280x720 for a projector (default 1280x1000).</source>
        <translation>--screenshot-dir 使用的窗口大小，例如投影仪用 1280x720（默认 1280x1000）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --screenshot-dir: also shoot the classroom view (blind, revealed, before/after), starting a rating session of this id in the lab (use a copy of the lab).</source>
        <translation>与 --screenshot-dir 一起使用：同时截取课堂视图（遮盖、揭晓、前后对比），为此在实验室中以该编号开始一次评分会话（请使用实验室的副本）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A model to open: TorchScript, ONNX, a NIR graph or a PrivateSNN archive.</source>
        <translation>要打开的模型:TorchScript、ONNX、NIR 图或 PrivateSNN 归档。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language takes effect when you restart PrivateSNN Lab.</source>
        <translation>新语言将在重新启动 PrivateSNN Lab 后生效。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>error: the lab folder %1 does not exist.</source>
        <translation>错误：实验室文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hint: check the path, or start the program without --lab and choose File &gt; New Lab.</source>
        <translation>提示：请检查路径，或不带 --lab 启动程序，然后选择 文件 &gt; 新建实验室。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>error: --screenshot-size %1 is not a size such as 1280x720.</source>
        <translation>错误：--screenshot-size %1 不是 1280x720 这样的尺寸。</translation>
    </message>
</context>
<context>
    <name>privatesnn</name>
    <message>
        <location filename="../app/cli/command_run.cpp" line="+118"/>
        <source>Resuming the lab &apos;%1&apos; with the settings it was run with (profile &apos;%2&apos;).</source>
        <translation>按实验室 &apos;%1&apos; 运行时的设置继续（配置 &apos;%2&apos;）。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>leaks within the margin</source>
        <translation>在容差范围内泄露</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>≈ %1 images</source>
        <translation>约 %1 张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than 100000 images</source>
        <translation>超过 100000 张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 for 80 % power to show it leaks beyond the margin</source>
        <translation>%1 — 以 80 % 检验功效证明其泄露超出容差需 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 for 80 % power to bound it within the margin</source>
        <translation>%1 — 以 80 % 检验功效将其限定在容差内需 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lab: %1</source>
        <translation>实验室：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accuracy on %1 evaluation images: ANN %2 %, converted SNN %3 % (T = %4)</source>
        <translation>%1 张评估图像上的准确率：ANN %2 %，转换 SNN %3 %（T = %4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy on %1 evaluation images: imported SNN %2 % (T = %3), no ANN</source>
        <translation>%1 张评估图像上的准确率:导入的 SNN %2 %(T = %3),无 ANN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, encrypted SNN %1 %</source>
        <translation>，加密 SNN %1 %</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>LEAKS</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected against this attacker budget</source>
        <translation>在此攻击者预算下受保护</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 on the %2: %3</source>
        <translation>%1 针对%2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge, --second-judge).</source>
        <translation>结论仅基于一个评判器：未提供第二个评判器（设置 second_judge，--second-judge）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/command_study.cpp" line="+196"/>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PrivateSNN Lab %1 (%2), %3 threads, profile &apos;%4&apos;, lab &apos;%5&apos;</source>
        <translation>PrivateSNN Lab %1（%2），%3 个线程，配置档“%4”，实验室“%5”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Wall time %1 s (%2 steps run, %3 kept from the lab)</source>
        <translation>总用时 %1 秒（运行 %2 步，沿用实验室中的 %3 步）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+61"/>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>error in LibTorch: %1</source>
        <translation>LibTorch 错误：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error: out of memory.
hint: use a smaller batch size or fewer images.</source>
        <translation>错误：内存不足。
提示：请使用更小的批大小或更少的图像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/terminal_progress.cpp" line="+66"/>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>elapsed %1, ETA %2</source>
        <translation>已用 %1，剩余 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_study.cpp" line="-68"/>
        <source>Defence</source>
        <translation>防御</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight L2</source>
        <translation>权重 L2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SNN</source>
        <translation>SNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strongest attack</source>
        <translation>最强攻击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge [95 % interval]</source>
        <translation>判别器 [95 % 区间]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID (norm.) ± se</source>
        <translation>KID（归一化）± 标准误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People [exact 95 %]</source>
        <translation>人 [精确 95 %]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (too few images for a verdict: %2 per attack)</source>
        <translation>%1（图像太少，无法判定：每次攻击 %2 张）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too few images for verdicts: this study attacked its points with fewer than 100 images each (the quick grid), so its intervals are too wide to decide. Run the default grid for verdicts.</source>
        <translation>图像太少，无法判定：本研究对每个点的攻击都少于 100 张图像（快速网格），区间太宽，无法做出判定。如需判定，请运行默认网格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer control: adversarial examples made from real images of other classes reach no judge accuracy above chance, without any inversion.</source>
        <translation>迁移对照：由其他类别的真实图像生成的对抗样本，在没有任何反演的情况下，评判器准确率不高于随机水平。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transfer control: adversarial examples made from real images of other classes reach %1 of the undefended SNN&apos;s judge accuracy above chance, without any inversion.</source>
        <translation>迁移对照：由其他类别真实图像生成的对抗样本无需任何反演，即可达到未防御 SNN 高于随机水平的评判器准确率的 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The verdicts rest on one judge: give a second one with --second-judge FILE.</source>
        <translation>结论只依据一个判别器：请用 --second-judge FILE 指定第二个判别器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study table: %1</source>
        <translation>研究表：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Applied over the &apos;%1&apos; grid: %2 (the grid would set it itself).</source>
        <translation>已覆盖“%1”网格应用：%2（否则网格会自行设置此项）。</translation>
    </message>
</context>
<context>
    <name>psnn::ArchitectureModel</name>
    <message>
        <location filename="../widgets/models/architecturemodel.cpp" line="+86"/>
        <source>Multiply-accumulate operations for one input image</source>
        <translation>单张输入图像的乘加运算次数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
</context>
<context>
    <name>psnn::AttackPage</name>
    <message>
        <location filename="../widgets/pages/attackpage.cpp" line="+94"/>
        <source>Attack: does the network leak its classes?</source>
        <translation>攻击：网络会泄漏其类别吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to recover each class&apos;s image from the ANN, the plain and the encrypted spiking network (attack 1: ascend the class output; attack 2: through spikes), then score the images with FID, KID and an independent judge network.</source>
        <translation>尝试从 ANN、普通脉冲网络和加密脉冲网络中恢复每个类别的图像（攻击 1：沿类别输出做梯度上升；攻击 2：经由脉冲），然后用 FID、KID 和独立的判别网络为图像打分。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both attacks</source>
        <translation>两种攻击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 only (class output)</source>
        <translation>仅攻击 1（类别输出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 only (through spikes)</source>
        <translation>仅攻击 2（经由脉冲）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 ascends the class output of the ANN and of each spiking network; attack 2 attacks the spiking networks through their spikes and is much slower.</source>
        <translation>攻击 1 沿 ANN 和各脉冲网络的类别输出做梯度上升；攻击 2 经由脉冲攻击脉冲网络，速度慢得多。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attack 1 classes</source>
        <translation>攻击 1 的类别</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attack settings</source>
        <translation>攻击设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the attacks recovered: one image per class from each attack</source>
        <translation>攻击还原出的内容：每种攻击每个类别一张图像</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Class numbers to attack, separated by commas (0 is the first class); empty attacks every class.</source>
        <translation>要攻击的类别编号，以逗号分隔（0 为第一个类别）；留空则攻击所有类别。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Attack 2 classes</source>
        <translation>攻击 2 的类别</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Attack 1 restarts</source>
        <translation>攻击 1 重启次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 1 iterations</source>
        <translation>攻击 1 迭代次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 restarts</source>
        <translation>攻击 2 重启次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack 2 iterations</source>
        <translation>攻击 2 迭代次数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each class&apos;s image, live</source>
        <translation>各类别图像（实时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack 1</source>
        <translation>攻击 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attack 2</source>
        <translation>攻击 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attack replay</source>
        <translation>攻击回放</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leakage scores</source>
        <translation>泄漏分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FID ↓ real</source>
        <translation>FID ↓ 真实</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge accuracy</source>
        <translation>判别器准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge 2 accuracy</source>
        <translation>评判器 2 准确率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do people recognise the classes? (human judge)</source>
        <translation>人能认出这些类别吗？（人工评判）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much encryption is enough? (privacy-utility study)</source>
        <translation>需要多少加密才够？（隐私-效用研究）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does the network reveal its training records? (membership inference)</source>
        <translation>网络会暴露其训练记录吗？（成员推断）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Snapshot %1 of %2 of this run: drag the slider to replay how the attacks&apos; images formed. The snapshots are kept only while the lab is open in this window; the lab stores the final images.</source>
        <translation>本次运行的快照 %1 / %2：拖动滑块可回放攻击图像的形成过程。快照仅在此窗口中打开该实验室期间保留；实验室只保存最终图像。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later snapshots are not kept (memory); the live images still show the run.</source>
        <translation>之后的快照不再保留（内存）；实时图像仍显示运行过程。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attacks yet. Run this step to attack the networks.</source>
        <translation>尚无攻击。运行此步骤来攻击网络。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Raw KID %1 ± %2: the squared kernel distance between the judge&apos;s features of these images and of real images (0 = the same distribution; no upper limit).</source>
        <translation>原始 KID %1 ± %2：评判器对这些图像与真实图像所提特征之间的平方核距离（0 = 同一分布；无上限）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID (0 = real, 1 = noise)</source>
        <translation>KID（0 = 真实，1 = 噪声）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KID (raw)</source>
        <translation>KID（原始值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID scaled as in the privacy-utility study: 0 = as far from the real images as held-out real images, 1 = as far as the attacks&apos; starting noise. Lower means closer to real images.</source>
        <translation>按隐私-效用研究的方式缩放的 KID：0 = 与真实图像的距离和留出的真实图像相同，1 = 与攻击的初始噪声相同。越低越接近真实图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KID on its own scale: the squared kernel distance between the judge&apos;s features of the images and of real images; 0 = the same distribution, no upper limit. The 0-1 scale needs the real-image and noise reference rows, which this lab lacks.</source>
        <translation>KID 的原始尺度：评判器对这些图像与真实图像所提特征之间的平方核距离；0 = 同一分布，无上限。0–1 尺度需要真实图像和噪声这两行参照，而本实验室缺少它们。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>no judge</source>
        <translation>无判别器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 attacked networks leak their classes (hover a verdict for the reason). Lower FID/KID means closer to real images.</source>
        <translation>%2 个被攻击网络中有 %1 个泄漏了类别（将鼠标悬停在结论上可查看原因）。FID/KID 越低越接近真实图像。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdicts rest on one judge: no second judge was given (setting second_judge).</source>
        <translation>结论仅基于一个评判器：未提供第二个评判器（设置 second_judge）。</translation>
    </message>
</context>
<context>
    <name>psnn::BeforeAfterView</name>
    <message>
        <location filename="../widgets/pages/beforeafterview.cpp" line="+56"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>←/→ class   ↑/↓ the &quot;after&quot; source   Page Up/Down the &quot;before&quot; source   B or Esc: back to the images</source>
        <translation>←/→ 类别   ↑/↓ “之后”的来源   Page Up/Down “之前”的来源   B 或 Esc：返回图像</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the lab&apos;s own attacks</source>
        <translation>本实验室自己的攻击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the %2 (%3)</source>
        <translation>针对 %2 的 %1（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab has no two sets of attack images to compare: run the attack step with encryption, or a study.</source>
        <translation>该实验室没有两组可比较的攻击图像：请在启用加密的情况下运行攻击步骤，或运行一项研究。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before and after: %1 (class %2)</source>
        <translation>前后对比：%1（类别 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No image of this class here.</source>
        <translation>此处没有该类别的图像。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge 1: %1   Judge 2: %2</source>
        <translation>评判网络 1：%1   评判网络 2：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>之后：%1</translation>
    </message>
</context>
<context>
    <name>psnn::ConvertPage</name>
    <message>
        <location filename="../widgets/pages/convertpage.cpp" line="+29"/>
        <source>Convert to a spiking network</source>
        <translation>转换为脉冲网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the ANN into a spiking network, setting each layer&apos;s firing threshold from the synthetic images. The evaluation data, when chosen on the Load page, is used only to measure accuracy.</source>
        <translation>将 ANN 转换为脉冲网络，并根据合成图像设定每层的发放阈值。若在“加载 ANN”页面选择了评估数据，它仅用于测量准确率。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Threshold per layer</source>
        <translation>各层阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy after each time step</source>
        <translation>每个时间步后的准确率</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not converted yet. Run this step to convert and measure.</source>
        <translation>尚未转换。运行此步骤进行转换和测量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 thresholds balanced on %2 synthetic images at T = %3 (statistic: %4, scale %5).</source>
        <translation>在 T = %3 下用 %2 张合成图像平衡了 %1 个阈值（统计量：%4，缩放 %5）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accuracy on %1 evaluation images: ANN %2, converted SNN %3.</source>
        <translation>%1 张评估图像上的准确率：ANN %2，转换 SNN %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No accuracy: no evaluation data was chosen on the Load page.</source>
        <translation>无准确率：未在“加载 ANN”页面选择评估数据。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measuring: accuracy at T so far %1 after %2 images</source>
        <translation>测量中：目前在 T 下的准确率为 %1，已处理 %2 张图像</translation>
    </message>
</context>
<context>
    <name>psnn::EncryptPage</name>
    <message>
        <location filename="../widgets/pages/encryptpage.cpp" line="+25"/>
        <source>Encrypt the spiking network</source>
        <translation>加密脉冲网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain the spiking network on spikes from the synthetic images, distilling from the ANN, so that its weights no longer give away what the classes look like. A cancelled or interrupted run resumes from the lab&apos;s last epoch checkpoint (encrypt.ckpt).</source>
        <translation>用合成图像产生的脉冲重新训练脉冲网络，并从 ANN 蒸馏，使其权重不再透露各类别的样子。被取消或中断的运行会从实验室最后一轮的检查点（encrypt.ckpt）继续。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dropout while training</source>
        <translation>训练时的 Dropout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On, one mask held over T (paper)</source>
        <translation>开，整个 T 内保持同一掩码（论文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s dropout layers during spike training. Off measured 0.2-1 point better here.</source>
        <translation>脉冲训练时网络的 Dropout 层。此处实测关闭时高 0.2–1 个百分点。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy per epoch</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight drift per layer</source>
        <translation>各层权重漂移</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>training (synthetic)</source>
        <translation>训练（合成）</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+67"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not encrypted yet. Run this step to train the spiking network on spikes.</source>
        <translation>尚未加密。运行此步骤，用脉冲训练脉冲网络。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training accuracy (synthetic)</source>
        <translation>训练准确率（合成）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 epochs at T = %3 on %4 synthetic images in %5 s.</source>
        <translation>在 T = %3 下用 %4 张合成图像完成 %2 轮中的 %1 轮，用时 %5 秒。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resumed from the checkpoint of epoch %1.</source>
        <translation>已从第 %1 轮的检查点继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy: converted SNN %1, encrypted SNN %2.</source>
        <translation>准确率：转换 SNN %1，加密 SNN %2。</translation>
    </message>
</context>
<context>
    <name>psnn::ErrorBanner</name>
    <message>
        <location filename="../widgets/pages/errorbanner.cpp" line="+21"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>psnn::ExportButton</name>
    <message>
        <location filename="../widgets/pages/exportbutton.cpp" line="+11"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this spiking model for other tools: NIR for snnTorch, Norse, Sinabs, Lava and neuromorphic chips, TorchScript for PyTorch</source>
        <translation>将此脉冲模型保存供其他工具使用：NIR 用于 snnTorch、Norse、Sinabs、Lava 和神经形态芯片，TorchScript 用于 PyTorch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIR graph (AvgPool2d; snnTorch)…</source>
        <translation>NIR 图（AvgPool2d；snnTorch）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIR graph (SumPool2d; Sinabs, Norse, Lava, SpiNNaker2)…</source>
        <translation>NIR 图（SumPool2d；Sinabs、Norse、Lava、SpiNNaker2）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript spiking network…</source>
        <translation>TorchScript 脉冲网络…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript re-converted ANN (attack 1&apos;s starting point)…</source>
        <translation>TorchScript 重新转换的 ANN（攻击 1 的起点）…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the spiking model</source>
        <translation>导出脉冲模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIR graphs (*.nir)</source>
        <translation>NIR 图 (*.nir)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TorchScript modules (*.pt)</source>
        <translation>TorchScript 模块 (*.pt)</translation>
    </message>
</context>
<context>
    <name>psnn::HumanJudgePanel</name>
    <message>
        <location filename="../widgets/pages/humanjudgepanel.cpp" line="+27"/>
        <source>Rate images…</source>
        <translation>评判图像…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a rating sheet…</source>
        <translation>打印评判表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a filled sheet…</source>
        <translation>导入已填写的评判表…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judge networks can be fooled by patterns no person would recognise. Here people name the class of each attack image, blind, one image at a time; their accuracy, with its exact interval, says whether the images leak the classes to people.</source>
        <translation>评判网络可能被人类无法辨认的图案所欺骗。这里由人逐张、盲评地说出每张攻击图像的类别；其准确率及精确区间表明图像是否向人泄露了类别。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A PDF of the images in a blind order with numbered answer boxes, for a class without computers.</source>
        <translation>按盲评顺序排列、带编号答题框的图像 PDF，供没有电脑的课堂使用。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a lab with attack results to rate its images.</source>
        <translation>请打开包含攻击结果的实验室以评判其图像。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody has rated this lab&apos;s attack images yet.</source>
        <translation>尚无人评判过此实验室的攻击图像。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rater(s), %1 answers.</source>
        <translation>
            <numerusform>%n 位评判者，%1 个答案。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 on the %3: %4 of %5 right, %6 (exact interval %7–%8): %9</source>
        <translation>%1 · 针对 %3 的 %2：%5 个中答对 %4 个，%6（精确区间 %7–%8）：%9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lab&apos;s own attacks</source>
        <translation>本实验室自己的攻击</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreement between raters (Fleiss&apos; κ): %1</source>
        <translation>评判者间一致性（Fleiss&apos; κ）：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lab&apos;s ratings cannot be read: %1</source>
        <translation>无法读取实验室的评判：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rating sheet &quot;%1&quot; written to %2. Type the filled sheet up as lines &quot;number,answer&quot; and import it with the same id.</source>
        <translation>评判表“%1”已写入 %2。请将填好的表格录入为“number,answer”行，并用同一 ID 导入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answers of sheet &quot;%2&quot; imported.</source>
        <translation>已导入评判表“%2”的 %1 个答案。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Print a rating sheet</source>
        <translation>打印评判表</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>An id for this sheet (it names the answers when they come back):</source>
        <translation>此评判表的 ID（答案收回时用它来标识）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet-1</source>
        <translation>sheet-1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images of each attack, model and point on the sheet (0: every image; a study holds thousands):</source>
        <translation>评分表上每种攻击、模型和研究点的图像数（0：全部图像；一项研究有数千张）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rating sheet</source>
        <translation>保存评判表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a filled sheet</source>
        <translation>导入已填写的评判表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The id printed on the sheet:</source>
        <translation>评判表上印的 ID：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The typed-up answers</source>
        <translation>录入的答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>psnn::ImageGallery</name>
    <message>
        <location filename="../widgets/pages/imagegallery.cpp" line="+51"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>psnn::LanguageMenu</name>
    <message>
        <location filename="../widgets/pages/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect when PrivateSNN Lab is restarted</source>
        <translation>重新启动 PrivateSNN Lab 后生效</translation>
    </message>
</context>
<context>
    <name>psnn::LeakageGrid</name>
    <message>
        <location filename="../widgets/pages/leakagegrid.cpp" line="+76"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>psnn::LoadPage</name>
    <message>
        <location filename="../widgets/pages/loadpage.cpp" line="+31"/>
        <source>Load bundled demo</source>
        <translation>加载内置演示</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open a model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the spiking network is read</source>
        <translation>脉冲网络的读取方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a trained network</source>
        <translation>加载已训练的网络</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PrivateSNN Lab works on a pre-trained VGG-style network and never needs its training data: an ANN to convert (TorchScript or ONNX), or a spiking network trained elsewhere (a NIR graph) to audit as it is. You can also drop a model file onto this page.</source>
        <translation>PrivateSNN Lab 处理预训练的 VGG 风格网络,从不需要其训练数据:可以是待转换的 ANN(TorchScript 或 ONNX),也可以是在别处训练、按原样审计的脉冲网络(NIR 图)。也可以把模型文件拖到此页面上。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An ANN as TorchScript (torch.jit.script or torch.jit.trace) or ONNX, a spiking network as a NIR graph (snnTorch, Sinabs, Norse, Lava exports), or a PrivateSNN archive</source>
        <translation>TorchScript(torch.jit.script 或 torch.jit.trace)或 ONNX 格式的 ANN、NIR 图格式的脉冲网络(snnTorch、Sinabs、Norse、Lava 导出),或 PrivateSNN 归档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small network that ships with PrivateSNN Lab</source>
        <translation>随 PrivateSNN Lab 附带的小型网络</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fashion-MNIST test set</source>
        <translation>Fashion-MNIST 测试集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (no accuracy or leakage scores)</source>
        <translation>无（不计算准确率和泄漏分数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDX folder, test split (MNIST-style files)…</source>
        <translation>IDX 文件夹，测试集（MNIST 格式文件）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image folder…</source>
        <translation>图像文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real test images, used only to measure accuracy and as the leakage reference; never by synthesis, conversion or encryption</source>
        <translation>真实测试图像，仅用于测量准确率和作为泄漏参照；从不用于合成、转换或加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation data (used for measurement only):</source>
        <translation>评估数据（仅用于测量）：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Imported with these choices (each with where it came from):</source>
        <translation>按以下选择导入(每项注明来源):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a trained network</source>
        <translation>打开已训练的网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth *.ptl *.onnx *.nir *.psnn);;TorchScript (*.pt *.pth *.ptl);;ONNX (*.onnx);;NIR graphs of spiking networks (*.nir);;PrivateSNN archives (*.psnn);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.ptl *.onnx *.nir *.psnn);;TorchScript (*.pt *.pth *.ptl);;ONNX (*.onnx);;脉冲网络的 NIR 图 (*.nir);;PrivateSNN 归档 (*.psnn);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>IDX %1 (test split)</source>
        <translation>IDX %1（测试集）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluation data: a folder of IDX files</source>
        <translation>评估数据：IDX 文件所在的文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evaluation images: one folder per class</source>
        <translation>评估图像：每个类别一个文件夹</translation>
    </message>
</context>
<context>
    <name>psnn::LogPanel</name>
    <message>
        <location filename="../widgets/panels/logpanel.cpp" line="+29"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
</context>
<context>
    <name>psnn::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+81"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Finished. Every step up to this page is up to date.</source>
        <translation>已完成。到此页面为止的每一步都是最新的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run finished.</source>
        <translation>运行完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run cancelled; finished steps are kept in the lab.</source>
        <translation>运行已取消；已完成的步骤保留在实验室中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (%3, Qt %4)</source>
        <translation>%1 %2 (%3, Qt %4)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="+41"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Lab…</source>
        <translation>新建实验室(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Lab…</source>
        <translation>打开实验室(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Labs</source>
        <translation>最近的实验室(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load &amp;Bundled Demo</source>
        <translation>加载内置演示(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run This Step</source>
        <translation>运行此步骤(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibTorch &amp;Threads…</source>
        <translation>LibTorch 线程(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibTorch threads</source>
        <translation>LibTorch 线程</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Threads each run started here computes with (0: all %n cores of this machine; the command line&apos;s --threads does the same). A running run keeps its own.</source>
        <translation>
            <numerusform>此处启动的每次运行所用的线程数（0：本机全部 %n 个核心；与命令行的 --threads 相同）。正在进行的运行保持其原值。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a lab with attack results first: its attack images are what people rate.</source>
        <translation>请先打开包含攻击结果的实验室：人们评判的正是其攻击图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Classroom View</source>
        <translation>课堂视图(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab&apos;s attack images full screen for a projector: blind, one at a time, with the answers revealed on Space.</source>
        <translation>以全屏方式为投影仪显示实验室的攻击图像：遮盖答案，一次一张，按空格键揭晓答案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PrivateSNN Lab</source>
        <translation>关于 PrivateSNN Lab(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a lab with attack results first: the classroom view shows its attack images.</source>
        <translation>请先打开一个含有攻击结果的实验室：课堂视图显示其攻击图像。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+87"/>
        <source>LibTorch threads: …</source>
        <translation>LibTorch 线程：…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lab open</source>
        <translation>未打开实验室</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+6"/>
        <source>Load a model first.</source>
        <translation>请先加载模型。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Finished, but the settings changed since: run again to update.</source>
        <translation>已完成，但设置已更改：请重新运行以更新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another step is running.</source>
        <translation>另一个步骤正在运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: the lab is in use by %1.</source>
        <translation>只读：%1 正在使用此实验室。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="+41"/>
        <source>A run is in progress.</source>
        <translation>正在运行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel it before opening another lab.</source>
        <translation>打开其他实验室前请先取消运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+14"/>
        <source>Lab: %1</source>
        <translation>实验室：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lab: %1 (read-only)</source>
        <translation>实验室：%1（只读）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened the empty lab %1.</source>
        <translation>已打开空实验室 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened the lab %1.</source>
        <translation>已打开实验室 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/gui/mainwindow_run.cpp" line="+50"/>
        <source>The lab is in use by %1, so it is open read-only.</source>
        <translation>%1 正在使用此实验室，因此以只读方式打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/gui/mainwindow_run.cpp" line="+1"/>
        <source>Wait until that run ends and open the lab again, or open another lab to run steps.</source>
        <translation>请等待该运行结束后重新打开实验室，或打开另一个实验室来运行步骤。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The lab&apos;s state file was damaged: %1</source>
        <translation>实验室的状态文件已损坏：%1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Open a trained network: an ANN as TorchScript or ONNX, a spiking network as a NIR graph, or a PrivateSNN archive.</source>
        <translation>打开已训练的网络:TorchScript 或 ONNX 格式的 ANN、NIR 图格式的脉冲网络,或 PrivateSNN 归档。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run the steps again to recompute what was not kept.</source>
        <translation>请重新运行这些步骤，以重新计算未保留的部分。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the bundled demo network…</source>
        <translation>正在加载内置演示网络…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1 (%2 layers)</source>
        <translation>模型：%1（%2 层）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded &apos;%1&apos; from %2: %3 layers.</source>
        <translation>已从 %2 加载“%1”：%3 层。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LibTorch threads: %1</source>
        <translation>LibTorch 线程：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch intra-op threads: %1</source>
        <translation>LibTorch 算子内线程：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_run.cpp" line="+7"/>
        <source>Running up to &apos;%1&apos; in %2…</source>
        <translation>正在 %2 中运行至“%1”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running the privacy-utility study (%1 grid) in %2…</source>
        <translation>正在 %2 中运行隐私-效用研究（%1 网格）…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Membership audit</source>
        <translation>成员推断审计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running the membership-inference audit in %1 (the two reference models take most of the time; finished ones are kept in the lab)…</source>
        <translation>正在 %1 中运行成员推断审计（大部分时间用于两个参照模型；已完成的模型会保留在实验室中）…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>This run computes with %n LibTorch thread(s) (Run &gt; LibTorch Threads).</source>
        <translation>
            <numerusform>本次运行使用 %n 个 LibTorch 线程（运行 &gt; LibTorch 线程）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step %1 of %2: %3…</source>
        <translation>第 %1 步，共 %2 步：%3…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unchanged, kept from the lab.</source>
        <translation>%1：未更改，沿用实验室中的结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 finished in %2 s: %3</source>
        <translation>%1 已完成，用时 %2 秒：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow_menus.cpp" line="-74"/>
        <source>Rate &amp;Images…</source>
        <translation>评判图像(&amp;I)…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New lab: choose an empty folder</source>
        <translation>新建实验室：选择一个空文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is not empty.</source>
        <translation>文件夹 %1 不是空的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an empty folder, or create a new one in the dialog.</source>
        <translation>请选择一个空文件夹，或在对话框中新建一个。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Did not open %1: the folder does not exist.</source>
        <translation>未打开 %1：该文件夹不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the lab folder %1.</source>
        <translation>无法创建实验室文件夹 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that its parent folder exists and can be written, or choose another place.</source>
        <translation>请检查其上级文件夹是否存在且可写，或选择其他位置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lab folder missing</source>
        <translation>实验室文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab folder %1 does not exist.</source>
        <translation>实验室文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new, empty lab there? Nothing runs until you start a step.</source>
        <translation>在那里新建一个空实验室吗？在您启动某个步骤之前不会运行任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Lab</source>
        <translation>创建实验室</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a lab folder</source>
        <translation>打开实验室文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be written.
%1</source>
        <translation>无法写入报告。
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you can write to, and make sure the lab has results.</source>
        <translation>请选择可写入的文件夹，并确认实验室已有结果。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The encrypted model could not be copied to %1.</source>
        <translation>无法将加密模型复制到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the Encrypt step first, and choose a place you can write to.</source>
        <translation>请先运行“加密”步骤，并选择可写入的位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted model saved as %1.</source>
        <translation>加密模型已保存为 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the report into a folder</source>
        <translation>将报告导出到文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the encrypted model</source>
        <translation>导出加密模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PrivateSNN archives (*.psnn)</source>
        <translation>PrivateSNN 归档 (*.psnn)</translation>
    </message>
</context>
<context>
    <name>psnn::MembershipPanel</name>
    <message>
        <location filename="../widgets/pages/membershippanel.cpp" line="+46"/>
        <source>Run membership audit</source>
        <translation>运行成员推断审计</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Can an attacker who sees only a network&apos;s outputs tell whether a record was in the teacher&apos;s training data? The loss attack, offline LiRA and offline RMIA (two reference models of the teacher&apos;s shape, trained here and kept in the lab) attack the ANN, the converted and the encrypted SNN on the same 2,000 members and 2,000 held-out records.</source>
        <translation>只能看到网络输出的攻击者，能否判断某条记录是否在教师网络的训练数据中？损失攻击、离线 LiRA 和离线 RMIA（使用两个与教师网络结构相同的参照模型，在此训练并保存在实验室中）在相同的 2,000 个成员和 2,000 条保留记录上攻击 ANN、转换后的 SNN 和加密 SNN。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bundled teacher&apos;s: fashion-mnist:train</source>
        <translation>内置教师网络的数据：fashion-mnist:train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher&apos;s training data, as a data spec (fashion-mnist:train, idx:DIR:train, an image folder, …). Needed for any teacher but the bundled one.</source>
        <translation>教师网络的训练数据，以数据规格表示（fashion-mnist:train、idx:DIR:train、图像文件夹、…）。除内置教师网络外，其他教师网络都需要填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bundled teacher&apos;s: fashion-mnist:test</source>
        <translation>内置教师网络的数据：fashion-mnist:test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out data of the same classes that the teacher never saw, as a data spec.</source>
        <translation>教师网络从未见过的同类别保留数据，以数据规格表示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data (members)</source>
        <translation>训练数据（成员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held-out data (non-members)</source>
        <translation>保留数据（非成员）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readout</source>
        <translation>读出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attack</source>
        <translation>攻击</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AUC [95 % interval]</source>
        <translation>AUC [95 % 区间]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPR at 0.1 % FPR</source>
        <translation>0.1 % FPR 下的 TPR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TPR at 1 % FPR [95 % interval]</source>
        <translation>1 % FPR 下的 TPR [95 % 区间]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No membership audit in this lab yet.</source>
        <translation>此实验室中尚无成员推断审计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks finished so far: %1.</source>
        <translation>目前已完成的攻击：%1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> (unresolved)</source>
        <translation>（无法分辨）</translation>
    </message>
</context>
<context>
    <name>psnn::ModelSummary</name>
    <message>
        <location filename="../widgets/pages/modelsummary.cpp" line="+37"/>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs per image</source>
        <translation>每张图像的 MACs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded test accuracy</source>
        <translation>记录的测试准确率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No model loaded yet. Open a TorchScript file saved with &lt;i&gt;torch.jit.save&lt;/i&gt; (.pt) or a PrivateSNN archive (.psnn), or try the bundled demo network.</source>
        <translation>尚未加载模型。请打开用 &lt;i&gt;torch.jit.save&lt;/i&gt; 保存的 TorchScript 文件（.pt）或 PrivateSNN 归档（.psnn），或试用内置演示网络。</translation>
    </message>
</context>
<context>
    <name>psnn::PresenterView</name>
    <message>
        <location filename="../widgets/pages/presenterview.cpp" line="+46"/>
        <source>class-1</source>
        <translation>class-1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PrivateSNN Lab — classroom view</source>
        <translation>PrivateSNN Lab — 课堂视图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The class sees the images an attacker recovered from the network, one at a time and blind. Ask the room which class each shows and type its answer (0–9, ? for can&apos;t tell); Space reveals the class the image was made for and what two judge networks said. The room&apos;s answers are saved as one rating session under the id below, and a session that stopped continues with the same id.</source>
        <translation>全班逐张观看攻击者从网络中恢复出的图像，答案被遮盖。请询问全班每张图像属于哪个类别，并输入大家的回答（0–9，无法判断按 ?）；按空格键揭晓图像的目标类别以及两个评判网络的判断。全班的回答以下面的编号保存为一次评分会话，中断的会话可用同一编号继续。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room&apos;s rater id:</source>
        <translation>全班的评分者编号：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images of each attack, model and point:</source>
        <translation>每种攻击、模型和研究点的图像数：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start (Enter)</source>
        <translation>开始（回车）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before and after (B)</source>
        <translation>前后对比（B）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Attack image</source>
        <translation>攻击图像</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>0–9: the room&apos;s answer   ?: can&apos;t tell   Space: reveal   ←/→: previous/next   B: before and after   Ctrl+plus/minus: zoom   F11: full screen   Esc: leave</source>
        <translation>0–9：全班的回答   ?：无法判断   空格：揭晓   ←/→：上一张/下一张   B：前后对比   Ctrl+加号/减号：缩放   F11：全屏   Esc：退出</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The rater id &quot;%1&quot; cannot be used: it must be 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>评判者 ID“%1”不可用：它必须由 1 到 40 个字母、数字、“-”、“_”或“.”组成，并以字母或数字开头。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The classroom view cannot start: %1 %2</source>
        <translation>课堂视图无法启动：%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers saved as &quot;%1&quot;</source>
        <translation>回答保存为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Image %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image cannot be read.</source>
        <translation>无法读取此图像。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>That was the last image of this session (%1 images).</source>
        <translation>这是本次会话的最后一张图像（共 %1 张）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 of %2 answered right (%3 × can&apos;t tell).</source>
        <translation>全班：%2 张中答对 %1 张（%3 次无法判断）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Judge 1</source>
        <translation>评判网络 1</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Judge 2</source>
        <translation>评判网络 2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1: %2 of %3 right.</source>
        <translation>%1：%3 张中答对 %2 张。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: answers not recorded for these images.</source>
        <translation>%1：未记录对这些图像的判断。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n image(s) still without the room&apos;s answer: ← goes back to them.</source>
        <translation>
            <numerusform>还有 %n 张图像没有全班的回答：按 ← 可返回。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc leaves the classroom view.</source>
        <translation>按 Esc 退出课堂视图。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 said: not recorded for this image</source>
        <translation>%1 的判断：此图像未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 said: %2 ✓</source>
        <translation>%1 的判断：%2 ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 said: %2 ✗</source>
        <translation>%1 的判断：%2 ✗</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Made for: %1</source>
        <translation>目标类别：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The room: no answer</source>
        <translation>全班：没有回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: can&apos;t tell ✗</source>
        <translation>全班：无法判断 ✗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 ✓</source>
        <translation>全班：%1 ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room: %1 ✗</source>
        <translation>全班：%1 ✗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lab&apos;s own attacks</source>
        <translation>本实验室自己的攻击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1 on the %2 (%3)</source>
        <translation>来源：针对 %2 的 %1（%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room&apos;s answer: not given yet</source>
        <translation>全班的回答：尚未给出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s answer: can&apos;t tell</source>
        <translation>全班的回答：无法判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s answer: %1</source>
        <translation>全班的回答：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The answer could not be saved: %1 %2</source>
        <translation>无法保存答案：%1 %2</translation>
    </message>
</context>
<context>
    <name>psnn::RatingDialog</name>
    <message>
        <location filename="../widgets/pages/ratingdialog.cpp" line="+34"/>
        <source>Every image</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t tell (Space)</source>
        <translation>无法判断（空格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate images</source>
        <translation>评判图像</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You will see the images an attacker recovered from the network, one at a time and in a shuffled order. For each, choose the class you think it shows, or &quot;can&apos;t tell&quot;. Nothing tells you which class an image was made for. Every answer is saved at once: close the window at any time and continue later with the same rater id.</source>
        <translation>您将逐张、以打乱的顺序看到攻击者从网络中恢复出的图像。请为每张图像选择您认为它显示的类别，或选择“无法判断”。界面不会透露图像是为哪个类别生成的。每个答案都会立即保存：可随时关闭窗口，之后用同一评判者 ID 继续。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rater id:</source>
        <translation>评判者 ID：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. your initials</source>
        <translation>例如您的姓名缩写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images of each attack, model and point:</source>
        <translation>每种攻击、模型和研究点的图像数：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Undo the last answer</source>
        <translation>撤销上一个答案</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A new session rates %1 of the lab&apos;s %2 images, drawn blind so that every class comes up about as often. A rater id that already has a session continues it with its own images.</source>
        <translation>新会话评分实验室 %2 张图像中的 %1 张，随机遮盖抽取，使每个类别出现的次数大致相同。已有会话的评分者编号会用其原有图像继续。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The rater id &quot;%1&quot; cannot be used: it must be 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>评判者 ID“%1”不可用：它必须由 1 到 40 个字母、数字、“-”、“_”或“.”组成，并以字母或数字开头。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The images cannot be rated: %1 %2</source>
        <translation>无法评判这些图像：%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate images — %1</source>
        <translation>评判图像 — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> It rated a sample of the lab&apos;s %1 images; a new rater id starts another sample.</source>
        <translation> 本会话评分的是实验室 %1 张图像中的一个样本；新的评分者编号会开始另一个样本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is complete: all %1 of its images are rated. Thank you! Your answers are saved in the lab; the report&apos;s &quot;Human judge&quot; section summarises them.</source>
        <translation>本次会话已完成：全部 %1 张图像均已评分。谢谢！您的回答已保存在实验室中，报告的“人工评判”部分会加以汇总。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This image cannot be read. Answer &quot;can&apos;t tell&quot;, and tell the lab&apos;s owner to run the attack again.</source>
        <translation>无法读取此图像。请回答“无法判断”，并告知实验室负责人重新运行攻击。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The answer could not be saved: %1 %2</source>
        <translation>无法保存答案：%1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The answer could not be taken back: %1</source>
        <translation>无法撤销答案：%1</translation>
    </message>
</context>
<context>
    <name>psnn::ReportPage</name>
    <message>
        <location filename="../widgets/pages/reportpage.cpp" line="+37"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How active and how costly the spiking networks are, and whether they leak. Run here runs every step that is not finished yet; the export writes an HTML, PDF and JSON report.</source>
        <translation>脉冲网络的活跃程度、开销以及是否泄漏类别。在此处运行会执行所有尚未完成的步骤；导出会写出 HTML、PDF 和 JSON 报告。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export encrypted model…</source>
        <translation>导出加密模型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes report.html, report.pdf, report.json, CSV tables and plots into a folder</source>
        <translation>将 report.html、report.pdf、report.json、CSV 表格和图表写入文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the encrypted spiking network (encrypted.psnn) out of the lab</source>
        <translation>将加密脉冲网络（encrypted.psnn）从实验室中复制出来</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spike rate per layer (spikes per neuron per time step)</source>
        <translation>各层脉冲发放率（每个神经元每个时间步的脉冲数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy per image</source>
        <translation>每张图像的能耗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much encryption is enough? (privacy-utility study)</source>
        <translation>需要多少加密才够？（隐私-效用研究）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Human judge</source>
        <translation>人工判定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membership inference</source>
        <translation>成员推断</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No energy estimate yet: it comes with the accuracy measurement (Convert).</source>
        <translation>尚无能耗估算：它随准确率测量（转换）一起得出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ANN %1, converted SNN %2</source>
        <translation>ANN %1，转换 SNN %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ANN %1, imported SNN %2</source>
        <translation>ANN %1，导入的 SNN %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, encrypted SNN %1</source>
        <translation>，加密 SNN %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 pJ per MAC, %2 pJ per accumulate).</source>
        <translation>（每次 MAC %1 pJ，每次累加 %2 pJ）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No verdicts yet: run the attacks first.</source>
        <translation>尚无结论：请先运行攻击。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no verdict</source>
        <translation>无结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>psnn::RunPanel</name>
    <message numerus="yes">
        <location filename="../widgets/pages/runpanel.cpp" line="+23"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>大约还剩 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. The results of finished steps are kept; Run continues from there.</source>
        <translation>已取消。已完成步骤的结果会保留；再次运行将从那里继续。</translation>
    </message>
</context>
<context>
    <name>psnn::SettingsForm</name>
    <message>
        <location filename="../widgets/pages/settingsform.cpp" line="+154"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>不是 0 到 %1 之间的类别编号列表，例如“0, 2”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not a list of class numbers from 0 to %1, such as &quot;0, 2&quot;.</source>
        <translation>不是 0 到 %1 之间的类别编号列表，例如“0, 2”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a list of class numbers, such as &quot;0, 2&quot;.</source>
        <translation>不是类别编号列表，例如“0, 2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no class %1: the model&apos;s classes are 0 to %2.</source>
        <translation>不存在类别 %1：该模型的类别为 0 到 %2。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number more than %1</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number of %1 or more</source>
        <translation>不小于 %1 的数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number more than %1, up to %2</source>
        <translation>必填：%1。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Required: %1.</source>
        <translation>必填：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not %1.</source>
        <translation>不是%1。</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Out of range: %1.</source>
        <translation>超出范围：%1。</translation>
    </message>
</context>
<context>
    <name>psnn::StepList</name>
    <message>
        <location filename="../widgets/pages/steplist.cpp" line="+145"/>
        <source>%1 (out of date)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished, out of date</source>
        <translation>已完成，已过期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>psnn::StepPage</name>
    <message>
        <location filename="../widgets/pages/steppage.cpp" line="+26"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Fix the settings marked in red first.</source>
        <translation>请先修正标红的设置。</translation>
    </message>
</context>
<context>
    <name>psnn::StudyLive</name>
    <message>
        <location filename="../widgets/pages/studylive.cpp" line="+48"/>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
</context>
<context>
    <name>psnn::StudyPanel</name>
    <message>
        <location filename="../widgets/pages/studypanel.cpp" line="+41"/>
        <source>Run study</source>
        <translation>运行研究</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The same SNN defended at several strengths (encryption doses, noise of equal weight drift, distillation from a random init), each attacked with at least 100 images by several attacks and scored by two judges: a point leaks when any attack leaks for any judge (at a level corrected for their number) and is protected only when all are. Points appear as they finish; a stopped study resumes where it stopped.</source>
        <translation>同一个 SNN 以多种强度防御（加密剂量、等权重漂移的噪声、从随机初始化蒸馏），每种都由多次攻击各用至少 100 张图像攻击，并由两个判别器评分：任一攻击对任一判别器泄露（在按其数量校正的水平下），该点即泄露；全部受保护时才算受保护。各点完成即显示；中断的研究会从中断处继续。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default grid (54 jobs, about 30 minutes on the demo, 2 cores)</source>
        <translation>默认网格（54 个作业，演示约 30 分钟，2 个核心）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick grid (a few minutes)</source>
        <translation>快速网格（几分钟）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second judge:</source>
        <translation>第二判别器：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bundled (with the bundled judge)</source>
        <translation>内置（配合内置判别器）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second classifier of another shape, trained on other data, that decides the verdicts with the judge: protected only when both say so. A model file, or &quot;none&quot; for one judge.</source>
        <translation>另一种结构、用其他数据训练的第二个分类器，与判别器共同作出结论：两者都判为受保护时才算受保护。填写模型文件，或填 &quot;none&quot; 只用一个判别器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hover a point for its values, click it for its attack images; drag a rectangle or Ctrl+wheel to zoom.</source>
        <translation>将鼠标悬停在点上查看数值，单击查看其攻击图像；拖出矩形或按 Ctrl+滚轮缩放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all points</source>
        <translation>显示所有点</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Defence</source>
        <translation>防御</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SNN accuracy</source>
        <translation>SNN 准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strongest attack</source>
        <translation>最强攻击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge accuracy
[95 % interval]</source>
        <translation>判别器准确率
[95 % 区间]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict
(all attacks and judges)</source>
        <translation>结论
（所有攻击与判别器）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People
[exact 95 % interval]</source>
        <translation>人
[精确 95 % 区间]</translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>%n images per attack give intervals too wide to act on: run the default grid (100 per attack) for verdicts.</source>
        <translation>
            <numerusform>每次攻击 %n 张图像得到的区间太宽，无法据此行动：如需判定，请运行默认网格（每次攻击 100 张）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the lab (synthesis and conversion, kept when unchanged)…</source>
        <translation>正在准备实验室（合成与转换，未改变时保留）…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 % — point %2 of %3</source>
        <translation>%1 % — 第 %2 个点，共 %3 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now computing point %1 of %2: %3. Its training losses and each attack&apos;s current image of every class, as they form:</source>
        <translation>正在计算第 %1 个点（共 %2 个）：%3。其训练损失以及每个攻击对每个类别的当前图像，随生成显示：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attack images of %1 (%2), the first of its %3 defence seeds</source>
        <translation>%1（%2）的攻击图像，%3 个防御种子中的第一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attack images of %1 (%2)</source>
        <translation>%1（%2）的攻击图像</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Second judge</source>
        <translation>第二判别器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt *.pth *.ptl *.psnn);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.ptl *.psnn);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No study in this lab yet.</source>
        <translation>此实验室中还没有研究。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
</context>
<context>
    <name>psnn::StudyPointImages</name>
    <message>
        <location filename="../widgets/pages/studypointimages.cpp" line="+47"/>
        <source>Click a point of the frontier or a row of the table to see its attack images.</source>
        <translation>单击前沿上的点或表格中的行即可查看其攻击图像。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attack images were kept for this point (a study run before images were kept, or the point has not finished). Run the study again to make them.</source>
        <translation>此点没有保留攻击图像（研究早于保留图像的版本，或该点尚未完成）。重新运行研究即可生成。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The point&apos;s attack images cannot be shown: %1</source>
        <translation>无法显示此点的攻击图像：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 on the %2: %n images, each captioned with the class it was made for</source>
        <translation>
            <numerusform>%1 对 %2：%n 张图像，每张标注其生成所针对的类别</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, made for the class %2</source>
        <translation>%1，为类别 %2 生成</translation>
    </message>
</context>
<context>
    <name>psnn::SynthesizePage</name>
    <message>
        <location filename="../widgets/pages/synthesizepage.cpp" line="+26"/>
        <source>Synthesize images</source>
        <translation>合成图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate class-conditioned images from the ANN itself, so no training data is needed. Each image is optimised until the ANN&apos;s output matches a soft label drawn from the classes&apos; similarity.</source>
        <translation>直接从 ANN 生成类别条件图像，因此无需训练数据。每张图像都会被优化，直到 ANN 的输出与从类别相似度中抽取的软标签相符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This lab recorded no loss curve (it was made by an older version). Run this step again to see it.</source>
        <translation>此实验室未记录损失曲线（由旧版本创建）。请重新运行此步骤以查看。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class similarity of the ANN&apos;s last layer</source>
        <translation>ANN 最后一层的类别相似度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss (live while synthesis runs)</source>
        <translation>损失（合成时实时显示）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synthetic images by class</source>
        <translation>按类别的合成图像</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimisation step</source>
        <translation>优化步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>soft-label cross entropy</source>
        <translation>软标签交叉熵</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No synthetic images yet. Run this step to make them.</source>
        <translation>尚无合成图像。运行此步骤来生成。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 images (%2 per class) in %3 s. The ANN agrees with the intended class for %4 % of them; mean final loss %5, diversity %6.</source>
        <translation>%1 张图像（每类 %2 张），用时 %3 秒。其中 %4 % 的图像 ANN 判定为目标类别；平均最终损失 %5，多样性 %6。</translation>
    </message>
</context>
<context>
    <name>psnn::Worker</name>
    <message>
        <location filename="../app/bridge/worker.cpp" line="+85"/>
        <source>Could not set the number of LibTorch threads.</source>
        <translation>无法设置 LibTorch 线程数。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (set in the import settings)</source>
        <translation>（在导入设置中设定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the import settings set another)</source>
        <translation>；可在导入设置中更改）</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>NIR&apos;s IF neuron resets to v_reset, while this network subtracts the threshold; the file records reset_method = &quot;subtract&quot; in its metadata. snnTorch, Sinabs and SpiNNaker2 reset by subtraction, Norse and Lava-DL reset to v_reset and lose accuracy.</source>
        <translation>NIR 的 IF 神经元复位到 v_reset，而本网络减去阈值；文件在元数据中记录 reset_method = &quot;subtract&quot;。snnTorch、Sinabs 和 SpiNNaker2 按减法复位，Norse 和 Lava-DL 复位到 v_reset，会损失准确率。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>The export to %1 failed: %2</source>
        <translation>导出到 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please report this with the lab folder.</source>
        <translation>请连同实验文件夹一起报告此问题。</translation>
    </message>
</context>
</TS>
